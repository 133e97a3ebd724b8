import { expect, type Locator, type Page } from '@playwright/test';

/** The results page /hledat: search box, filters, count, results. */
export class SearchPage {
  readonly heading: Locator;
  readonly searchBox: Locator;
  readonly count: Locator;
  readonly results: Locator;
  readonly filtersToggle: Locator;
  readonly filterSheet: Locator;
  readonly noResults: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.searchBox = page.getByRole('searchbox');
    this.count = page.getByRole('status').filter({ hasText: /Počet služeb|Number of services/ });
    this.results = page.getByRole('main').getByRole('article');
    this.filtersToggle = page.getByRole('button', { name: /^(Filtry|Filters) \(\d+\)$/ });
    this.filterSheet = page.getByRole('dialog', { name: /^(Filtry|Filters)$/ });
    this.noResults = page.getByRole('region', { name: /Nic jsme nenašli|Nothing found/ });
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/hledat${query}`);
    await expect(this.count).toBeVisible({ timeout: 20_000 });
  }

  async type(text: string): Promise<void> {
    await this.searchBox.fill('');
    await this.searchBox.pressSequentially(text, { delay: 20 });
  }

  async count_(): Promise<number> {
    const text = (await this.count.textContent()) ?? '';
    return Number(/(\d+)/.exec(text)?.[1] ?? NaN);
  }

  async expectCountAtLeast(n: number): Promise<void> {
    await expect.poll(() => this.count_(), { timeout: 20_000 }).toBeGreaterThanOrEqual(n);
  }

  resultNames(): Promise<string[]> {
    return this.results.getByRole('heading', { level: 3 }).allTextContents();
  }

  result(name: string): Locator {
    return this.results.filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** Opens the filter sheet (a modal dialog) unless it is open. */
  async openFilters(): Promise<void> {
    if (!(await this.filterSheet.isVisible())) await this.filtersToggle.click();
    await expect(this.filterSheet).toBeVisible();
  }

  /** The sheet's confirm button, which says how many services the filters leave. */
  get applyFilters(): Locator {
    return this.filterSheet.getByRole('button', { name: /^(Zobrazit|Show) \d+ / });
  }

  /** A filter checkbox by its visible label without the count, e.g. "terénní". */
  filter(label: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^${label} \\(\\d+\\)$`) });
  }
}
