import { expect, type Locator, type Page } from '@playwright/test';

/** Settings (/nastaveni). */
export class SettingsPage {
  readonly name: Locator;
  readonly phone: Locator;
  readonly save: Locator;
  readonly storageUsed: Locator;
  readonly requestPersist: Locator;
  readonly reset: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByLabel('Jméno a příjmení');
    this.phone = page.getByLabel('Telefon', { exact: true });
    this.save = page.getByRole('button', { name: 'Uložit údaje' });
    this.storageUsed = page.getByText(/^Využito .+ z dostupných .+\.$/);
    this.requestPersist = page.getByRole('button', { name: 'Požádat o trvalé úložiště' });
    this.reset = page.getByRole('button', { name: 'Smazat data v zařízení…' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/nastaveni');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Nastavení' })).toBeVisible();
  }

  async saveWorker(name: string, phone: string): Promise<void> {
    await expect(this.name).toBeEditable();
    await this.name.fill(name);
    await this.phone.fill(phone);
    await this.save.click();
    await expect(
      this.page.getByRole('status').filter({ hasText: 'Údaje jsou uložené.' }),
    ).toBeVisible();
  }
}

/** My list (/seznam) and its referral sheet (/seznam/tisk). */
export class ShortlistPage {
  readonly items: Locator;
  readonly print: Locator;

  constructor(readonly page: Page) {
    this.items = page.getByRole('main').getByRole('listitem');
    this.print = page.getByRole('link', { name: 'Připravit k tisku pro klienta' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/seznam');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Můj výběr' })).toBeVisible();
  }
}
