import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { HomePage } from './pages/home.page';
import { SearchPage } from './pages/search.page';
import { openMenu } from './pages/header.page';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SITUATION = 'Stárnu a doma už to sám nezvládám';

test.describe('home', () => {
  test('a life-situation tile leads to the services for that situation', async ({ page }) => {
    const home = new HomePage(page);
    const results = new SearchPage(page);
    await home.goto();
    await home.waitForTiles();
    await home.tile(SITUATION).click();

    await expect(page).toHaveURL(/\/hledat\?situace=starnu-doma-nezvladam/);
    await results.expectCountAtLeast(1);
    // Home care is the first answer to "I can no longer manage at home".
    await expect(results.result('Pečovatelská služba Český Krumlov')).toBeVisible();
    await results.openFilters();
    await expect(results.filter(SITUATION)).toBeChecked();
  });

  test('a catalogue with demo services says so on home and with results', async ({ page }) => {
    const home = new HomePage(page);
    const results = new SearchPage(page);
    await home.goto();
    await home.waitForTiles();
    // Known only once the catalogue is on the device (the sync worker's summary of it).
    await expect(page.getByText('Ukázková data.')).toBeVisible({ timeout: 30_000 });
    await home.tile(SITUATION).click();
    await results.expectCountAtLeast(1);
    await expect(page.getByText('Ukázková data.')).toBeVisible();
  });

  test('the territory choice is remembered and narrows the results', async ({ page }) => {
    const home = new HomePage(page);
    const results = new SearchPage(page);
    await home.goto();
    await home.waitForTiles();
    await home.territory.selectOption('dacice');
    await page.reload();
    await expect(home.territory).toHaveValue('dacice');

    await home.searchBox.fill('pečovatelská');
    await home.searchBox.press('Enter');
    await expect(page).toHaveURL(/uzemi=dacice/);
    await results.expectCountAtLeast(1);
    await expect(results.result('Pečovatelská služba Domovinka Dačice')).toBeVisible();
    await expect(results.result('Pečovatelská služba Český Krumlov')).toHaveCount(0);
  });

  test('switching language translates the interface and is remembered', async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.waitForTiles();
    await openMenu(page);
    await home.languageButton.click();
    await expect(home.heading).toHaveText('Find the help that fits');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(
      home.tile('I am getting old and can no longer manage at home on my own'),
    ).toBeVisible();

    await page.reload();
    await expect(home.heading).toHaveText('Find the help that fits');
    await openMenu(page);
    await home.languageButton.click();
    await expect(home.heading).toHaveText('Najděte pomoc, která vám sedí');
    expect(await page.getAttribute('html', 'lang')).toBe('cs');
  });

  test('axe finds no WCAG 2.1 AA violations on home, and the search works by keyboard', async ({
    page,
  }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.waitForTiles();
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await home.searchBox.focus();
    await page.keyboard.type('azyl');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/hledat\?q=azyl/);
  });
});
