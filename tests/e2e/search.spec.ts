import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { SearchPage } from './pages/search.page';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe('search', () => {
  test('finds services without diacritics and highlights the match', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto();
    await search.expectCountAtLeast(80);
    await search.type('pecovatelska');
    await expect(search.results.first()).toContainText('Pečovatelská služba');
    const names = await search.resultNames();
    expect(names[0]).toMatch(/^Pečovatelská služba/);
    await expect(search.results.first().locator('mark').first()).toHaveText('Pečovatelská');
    // The query is in the URL, so the list can be shared.
    await expect(page).toHaveURL(/q=pecovatelska/);
  });

  test('forgives a small typo', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto();
    await search.expectCountAtLeast(80);
    await search.type('azilovy');
    await expect(search.results.first()).toContainText('Azylový dům');
    await expect(search.results.first().locator('mark').first()).toHaveText('Azylový');
  });

  test('a search with no match says so kindly and offers contacts', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto();
    await search.expectCountAtLeast(80);
    await search.type('xylofonqq');
    await expect(search.count).toHaveText('Počet služeb: 0');
    await expect(search.noResults).toBeVisible();
    await expect(search.noResults.getByRole('link', { name: '116 123' })).toHaveAttribute(
      'href',
      'tel:116123',
    );
    await search.noResults.getByRole('button', { name: /Hledat bez textu/ }).click();
    await search.expectCountAtLeast(80);
  });

  test('after the first sync, search works with no network', async ({ page, context, catalog }) => {
    const search = new SearchPage(page);
    await search.goto();
    await catalog.waitForServiceWorkerControl();
    await catalog.waitForSynced();
    await search.expectCountAtLeast(80);

    await context.setOffline(true);
    try {
      await page.reload();
      await search.expectCountAtLeast(80);
      await search.type('azyl');
      await expect(search.results.first()).toContainText('Azylový dům');
      // Search runs in its own worker: its chunk must be in the precache, or this fails offline.
      const precached = await page.evaluate(async () => {
        for (const name of await caches.keys()) {
          const requests = await (await caches.open(name)).keys();
          if (requests.some((r) => /\/workers\/search\.worker-[^/]+\.js/.test(r.url))) return true;
        }
        return false;
      });
      expect(precached).toBe(true);
    } finally {
      await context.setOffline(false);
    }
  });

  test('axe finds no WCAG 2.1 AA violations on results with open filters', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('?q=pece');
    await search.expectCountAtLeast(1);
    await search.openFilters();
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
