import { expect, type Locator, type Page } from '@playwright/test';

/** The full catalogue list (results page without a query or filters) as a user sees it. */
export class CatalogPage {
  readonly heading: Locator;
  readonly count: Locator;
  readonly services: Locator;
  readonly demoNote: Locator;
  readonly syncStatus: Locator;
  readonly updatePrompt: Locator;
  readonly reloadButton: Locator;
  readonly skipLink: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Katalog sociálních služeb' });
    this.count = page.getByText(/^Počet služeb:/);
    this.services = page.getByRole('main').getByRole('listitem');
    this.demoNote = page.getByText('Ukázková data.');
    this.syncStatus = page.getByRole('status').filter({ hasText: 'Stav katalogu' });
    this.updatePrompt = page.getByRole('status').filter({ hasText: 'Je k dispozici nová verze' });
    this.reloadButton = page.getByRole('button', { name: 'Načíst znovu' });
    this.skipLink = page.getByRole('link', { name: 'Přeskočit na obsah' });
    this.main = page.getByRole('main');
  }

  async goto(): Promise<void> {
    await this.page.goto('/hledat');
    await expect(this.heading).toBeVisible();
  }

  service(name: string): Locator {
    return this.services.filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  async expectCount(n: number): Promise<void> {
    await expect(this.count).toHaveText(`Počet služeb: ${n}`);
    await expect(this.services).toHaveCount(n);
  }

  /** Replication caught up with the server (the list may still be projecting). */
  async waitForSynced(): Promise<void> {
    await expect(this.syncStatus).toContainText('Aktuální', { timeout: 20_000 });
  }

  /** The service worker is active and controls this page (clientsClaim: no reload needed). */
  async waitForServiceWorkerControl(): Promise<void> {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 20_000,
    });
  }

  /** Names of the listed services, in display order. */
  async serviceNames(): Promise<string[]> {
    return this.services.getByRole('heading', { level: 3 }).allTextContents();
  }
}
