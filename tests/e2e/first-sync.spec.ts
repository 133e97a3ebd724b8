import { putDoc, getDoc, serviceIds } from './couch.admin';
import { expect, test } from './fixtures';
import { SearchPage } from './pages/search.page';

/**
 * The first visit loads the catalogue from sync-server's snapshot, then PouchDB replication
 * continues from the snapshot's checkpoint. Each test has a fresh browser profile.
 */
test.describe('first sync', () => {
  test('shows a progress bar and ends with the full list, without replicating the documents again', async ({
    catalog,
    page,
  }) => {
    const count = (await serviceIds()).length;
    const replicated: string[] = [];
    page.on('request', (request) => {
      if (/\/db\/catalog\/_bulk_get/.test(request.url())) replicated.push(request.url());
    });
    // A slow line, so the bar is on screen long enough to be seen (the data is the real server's).
    await page.route('**/api/catalog/snapshot**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });

    await page.goto('/');
    const bar = page.getByRole('progressbar', { name: 'Stahování katalogu' });
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute('aria-valuetext', /^Stahuji katalog… \d+ %$/);
    // Screen readers hear it through a polite live region.
    await expect(
      page.locator('[aria-live="polite"]').filter({ hasText: /^Stahuji katalog… \d+ %$/ }),
    ).toHaveCount(1);
    await expect(bar).toBeHidden({ timeout: 20_000 });

    await catalog.goto();
    await catalog.waitForSynced();
    await catalog.expectCount(count);
    // Replication only checked for newer changes: every document came with the snapshot.
    expect(replicated).toEqual([]);
  });

  test('after the snapshot, a change on the server still arrives live', async ({
    catalog,
    page,
  }, testInfo) => {
    const changesSince: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/db/catalog/_changes') {
        changesSince.push(url.searchParams.get('since') ?? '');
      }
    });
    const before = await serviceIds();
    await catalog.goto();
    await catalog.waitForSynced();
    await catalog.expectCount(before.length);
    // Replication started from the snapshot's checkpoint, never from the beginning.
    expect(changesSince.length).toBeGreaterThan(0);
    expect(changesSince).not.toContain('0');

    const template = await getDoc(before[0]!);
    const name = `Poradna po snapshotu ${testInfo.project.name}`;
    const created = {
      ...template,
      _id: `service:e2e-snap-${testInfo.project.name}-${Date.now()}`,
      name,
    };
    delete created._rev;
    await putDoc(created);
    await expect(catalog.service(name)).toBeVisible({ timeout: 15_000 });
    await catalog.expectCount(before.length + 1);
  });

  test('a first visit that remembers its territory searches it before the whole catalogue arrives', async ({
    page,
  }) => {
    const all = (await serviceIds()).length;
    // The whole catalogue is held back until the territory's services are searchable.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/catalog\/snapshot\?since=/, async (route) => {
      await released;
      await route.continue();
    });
    await page.addInitScript(() => localStorage.setItem('rozcestnik:territory', 'dacice'));

    const search = new SearchPage(page);
    await search.goto();
    await search.type('pecovatelska');
    await expect(search.results.first()).toContainText('Pečovatelská služba');
    await search.type('');
    const seeded = await search.count_();
    expect(seeded).toBeGreaterThan(0);
    expect(seeded).toBeLessThan(all);

    release();
    await expect(page.getByRole('progressbar', { name: 'Stahování katalogu' })).toBeHidden({
      timeout: 20_000,
    });
    // Then the rest of the catalogue joins the same list.
    await expect.poll(() => search.count_(), { timeout: 20_000 }).toBe(all);
  });
});
