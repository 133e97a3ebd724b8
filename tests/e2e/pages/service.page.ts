import { expect, type Locator, type Page } from '@playwright/test';

/** A service's detail page (/sluzba/<id>) as a user sees it. */
export class ServicePage {
  readonly heading: Locator;
  readonly callLinks: Locator;
  readonly capacity: Locator;
  readonly why: Locator;
  readonly addToShortlist: Locator;
  readonly reportOpen: Locator;
  readonly reportMessage: Locator;
  readonly reportSubmit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.callLinks = page.getByRole('link', { name: /^Zavolat / });
    this.capacity = page.getByRole('region', { name: 'Registrovaná kapacita (maximum)' });
    this.why = page.getByRole('region', { name: 'Proč vám tato služba může pomoci' });
    this.addToShortlist = page.getByRole('button', { name: 'Přidat do výběru' });
    this.reportOpen = page.getByRole('button', { name: 'Nahlásit chybu v údajích' });
    this.reportMessage = page.getByLabel('Co je špatně');
    this.reportSubmit = page.getByRole('button', { name: 'Odeslat hlášení' });
  }

  /** Opens a service by its id; waits until the catalogue has it on the device. */
  async goto(serviceId: string, lifeSituations: string[] = []): Promise<void> {
    const query = lifeSituations.map((key) => `situace=${encodeURIComponent(key)}`).join('&');
    const slug = serviceId.replace(/^service:/, '');
    await this.page.goto(`/sluzba/${slug}${query ? `?${query}` : ''}`);
    await expect(this.heading).not.toHaveText('Službu jsme v katalogu nenašli', {
      timeout: 30_000,
    });
    await expect(this.callLinks.first()).toBeVisible({ timeout: 30_000 });
  }

  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
