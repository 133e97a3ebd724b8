import { expect, type Locator, type Page } from '@playwright/test';

/** The home page: life-situation tiles, search box and territory picker. */
export class HomePage {
  readonly heading: Locator;
  readonly searchBox: Locator;
  readonly territory: Locator;
  readonly tiles: Locator;
  readonly languageButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.searchBox = page.getByRole('searchbox');
    this.territory = page.getByLabel(/^(Území|Area)$/);
    this.tiles = page
      .getByRole('region', { name: /Co se děje\?|What is happening\?/ })
      .getByRole('listitem');
    this.languageButton = page
      .getByRole('banner')
      .getByRole('button', { name: /Switch to English|Přepnout do češtiny/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.heading).toHaveText('Najděte pomoc, která vám sedí');
  }

  tile(title: string): Locator {
    return this.page.getByRole('link', { name: title, exact: true });
  }

  async waitForTiles(): Promise<void> {
    await expect(this.tiles.first()).toBeVisible({ timeout: 20_000 });
  }
}
