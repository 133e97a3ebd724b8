import { expect, test } from './fixtures';
import { SearchPage } from './pages/search.page';

/**
 * "Near me": with the device's position, results sort by distance computed on the device, with
 * no network too. Positions are demo services' own coordinates (sync-server/src/demo).
 */
const HORNI_PLANA = { latitude: 48.763204, longitude: 14.033491 }; // Domov seniorů Pohoda
const DOMOV_ROVINA = { latitude: 49.082182, longitude: 15.435563 }; // Dačice
/** The next four by distance from Horní Planá: all in Frymburk (about 15 km). */
const FRYMBURK = [
  'Azylový dům pro muže Frymburk',
  'Občanská poradna Frymburk',
  'Pečovatelská služba Frymburk',
  'Sanace rodiny Frymburk',
];

async function sortByDistance(search: SearchPage): Promise<void> {
  await search.page.getByLabel('Řadit').selectOption({ label: 'nejblíže ke mně' });
  await expect(search.page).toHaveURL(/razeni=vzdalenost/);
}

/** Kilometres shown on the first `n` result cards. */
async function distances(search: SearchPage, n: number): Promise<number[]> {
  const texts = await search.results.evaluateAll(
    (cards, count) => cards.slice(0, count).map((card) => card.textContent ?? ''),
    n,
  );
  return texts.map((text) => Number(/(\d+(?:[.,]\d+)?) km/.exec(text)?.[1]?.replace(',', '.')));
}

test.describe('near me', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation(HORNI_PLANA);
  });

  test('sorts the results by distance from the device, nearest first', async ({
    catalog,
    page,
  }) => {
    const search = new SearchPage(page);
    await search.goto();
    await catalog.waitForSynced();
    await sortByDistance(search);

    await expect(search.results.first().getByRole('heading', { level: 3 })).toHaveText(
      'Domov seniorů Pohoda Horní Planá',
    );
    await expect(search.results.first()).toContainText('0,0 km');
    expect((await search.resultNames()).slice(1, 5).sort()).toEqual(FRYMBURK);
    const km = await distances(search, 40);
    expect(km.every((d) => Number.isFinite(d))).toBe(true);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(km[1]).toBeGreaterThan(10);
    expect(km[1]).toBeLessThan(20);
  });

  test('works offline after the first sync, from wherever the device is now', async ({
    catalog,
    context,
    page,
  }) => {
    const search = new SearchPage(page);
    await search.goto();
    await catalog.waitForServiceWorkerControl();
    await catalog.waitForSynced();

    await context.setOffline(true);
    try {
      await context.setGeolocation(DOMOV_ROVINA);
      await page.reload();
      await expect(search.count).toBeVisible({ timeout: 20_000 });
      await sortByDistance(search);
      await expect(search.results.first().getByRole('heading', { level: 3 })).toHaveText(
        'Domov Rovina',
      );
      const km = await distances(search, 30);
      expect(km).toEqual([...km].sort((a, b) => a - b));
      // Every nearby service is in Dačice ORP, far from Český Krumlov (about 90 km away).
      expect(km.at(-1)).toBeLessThan(50);
      await expect(catalog.syncStatus).toContainText('Offline');
    } finally {
      await context.setOffline(false);
    }
  });
});
