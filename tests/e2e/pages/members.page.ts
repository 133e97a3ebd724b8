import { expect, type Locator, type Page } from '@playwright/test';

/** The members' side as a person uses it: sign-in, groups, a meeting's minutes. */
export class MembersPage {
  readonly main: Locator;
  readonly syncStatus: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.syncStatus = page.getByTestId('group-sync-status');
  }

  async signIn(name: string, password: string): Promise<void> {
    await this.page.goto('/prihlaseni');
    // Typed before the page has started, the name would be replaced by the remembered one.
    await expect(this.page.locator('html')).toHaveAttribute('data-app-started', '');
    await this.page.getByLabel('Uživatelské jméno').fill(name);
    await expect(this.page.getByLabel('Uživatelské jméno')).toHaveValue(name);
    await this.page.getByLabel('Heslo').fill(password);
    await this.page.getByRole('button', { name: 'Přihlásit se' }).click();
  }

  async signInOk(name: string, password: string): Promise<void> {
    await this.signIn(name, password);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Moje skupiny' })).toBeVisible();
  }

  async openGroup(groupName: string): Promise<void> {
    await this.page.getByRole('link', { name: groupName }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
  }

  async createMeeting(
    title: string,
    date: string,
    time = '14:00',
    place = 'Radnice',
  ): Promise<void> {
    await this.page.getByText('Nová schůzka').click();
    await this.page.getByLabel('Název').fill(title);
    await this.page.getByLabel('Datum').fill(date);
    await this.page.getByLabel('Čas').fill(time);
    await this.page.getByLabel('Místo').fill(place);
    await this.page.getByRole('button', { name: 'Vytvořit schůzku' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async addAgendaItem(title: string): Promise<void> {
    await this.page.getByLabel('Název bodu').fill(title);
    await this.page.getByRole('button', { name: 'Přidat bod programu' }).click();
    await expect(
      this.page.getByRole('heading', { level: 3, name: new RegExp(title) }),
    ).toBeVisible();
  }

  notes(n: number): Locator {
    return this.page.getByLabel(`Zápis k bodu ${n} (Markdown)`);
  }

  async writeNotes(n: number, text: string): Promise<void> {
    await this.notes(n).fill(text);
    await this.page
      .getByTestId(`agenda-item-${n}`)
      .getByRole('button', { name: 'Uložit zápis' })
      .click();
    await expect(this.page.getByTestId(`agenda-item-${n}`).getByText('Uloženo.')).toBeVisible();
  }

  async expectSynced(): Promise<void> {
    await expect(this.syncStatus).toContainText('Synchronizováno', { timeout: 20_000 });
    await expect(this.syncStatus).not.toContainText('čeká');
  }
}
