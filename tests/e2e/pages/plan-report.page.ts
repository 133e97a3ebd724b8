import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The plan's change view (/plan/<orp>/zmeny/<year>) and yearly report (/plan/<orp>/zprava/<year>). */
export class PlanReportPage {
  readonly summary: Locator;
  readonly chart: Locator;
  readonly printButton: Locator;
  readonly legend: Locator;

  constructor(
    readonly page: Page,
    readonly orp: string,
  ) {
    this.summary = page.getByTestId('status-summary');
    this.chart = page.getByTestId('status-chart');
    this.printButton = page.getByRole('button', { name: 'Stáhnout PDF' });
    this.legend = page.getByRole('complementary', { name: 'Jak číst změny' });
  }

  /** Waits for the plan to arrive by sync: the page shows its content, not "loading". */
  async openChanges(year: number): Promise<void> {
    await this.page.goto(`/plan/${this.orp}/zmeny/${year}`);
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Změny textů plánu ${year - 1} → ${year}` }),
    ).toBeVisible({ timeout: 20_000 });
  }

  /** The index of reports and change views, by year. */
  async openIndex(): Promise<void> {
    await this.page.goto(`/plan/${this.orp}/zprava`);
    await expect(
      this.page.getByRole('link', { name: /^Monitoring plnění aktivit za rok/ }).first(),
    ).toBeVisible({ timeout: 20_000 });
  }

  async openReport(year: number): Promise<void> {
    await this.page.goto(`/plan/${this.orp}/zprava/${year}`);
    await this.expectReport(year);
  }

  async expectReport(year: number): Promise<void> {
    await expect(
      this.page.getByRole('heading', {
        level: 1,
        name: `Monitoring plnění aktivit za rok ${year} a akční plán na rok ${year + 1}`,
      }),
    ).toBeVisible({ timeout: 20_000 });
  }

  /** The changed texts of one activity in the change view. */
  activityChange(number: string): Locator {
    return this.page.getByTestId('activity-change').filter({
      has: this.page.getByRole('heading', {
        name: new RegExp(`^Aktivita ${number.replace(/\./g, '\\.')}:`),
      }),
    });
  }

  /** One cell of the summary table: row = priority number or 'total', column = status or 'total'. */
  cell(priority: string, status: string): Locator {
    return this.summary.locator(`tr[data-priority="${priority}"] td[data-status="${status}"]`);
  }

  /** Nothing wider than the window: the page never scrolls sideways. */
  async expectNoHorizontalScroll(): Promise<void> {
    const widths = await this.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll, 'page wider than the window').toBeLessThanOrEqual(widths.client);
  }

  async expectNoAxeViolations(): Promise<void> {
    const result = await new AxeBuilder({ page: this.page }).withTags(WCAG_TAGS).analyze();
    expect(result.violations).toEqual([]);
  }

  /** Tabs forward until `target` has focus; fails after `max` presses. */
  async tabTo(target: Locator, max = 80): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error('Focus never reached the wanted element');
  }
}
