import { deleteDoc, getDoc, putDoc, serviceIds } from './couch.admin';
import { expect, test } from './fixtures';

test.describe('catalogue list', () => {
  test('first load lists every service the server holds, with the count, in Czech order', async ({
    catalog,
  }) => {
    const ids = await serviceIds();
    expect(ids.length).toBeGreaterThan(0);
    const names = await Promise.all(ids.map(async (id) => (await getDoc(id)).name ?? ''));

    await catalog.goto();
    await catalog.waitForSynced();
    await catalog.expectCount(ids.length);

    const collator = new Intl.Collator('cs', { sensitivity: 'base', numeric: true });
    expect(await catalog.serviceNames()).toEqual([...names].sort(collator.compare));
    // The seeded organisations are fictional; the page must say so.
    await expect(catalog.demoNote).toBeVisible();
    const first = catalog.services.first();
    await expect(first).toContainText('§');
  });

  test('a change on the server appears in the open page without a reload', async ({
    catalog,
    page,
  }, testInfo) => {
    await catalog.goto();
    await catalog.waitForSynced();
    const before = await serviceIds();
    await catalog.expectCount(before.length);
    // Survives only if the page is never reloaded.
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

    const template = await getDoc(before[0]!);
    const id = `service:e2e-live-${testInfo.project.name}-${Date.now()}`;
    const created = { ...template, _id: id, name: `Terénní program E2E ${testInfo.project.name}` };
    delete created._rev;
    let rev = await putDoc(created);

    await expect(catalog.service(created.name)).toBeVisible({ timeout: 15_000 });
    await catalog.expectCount(before.length + 1);

    const renamed = `Krizová pomoc E2E ${testInfo.project.name}`;
    rev = await putDoc({ ...created, _rev: rev, name: renamed });
    await expect(catalog.service(renamed)).toBeVisible({ timeout: 15_000 });
    await expect(catalog.service(created.name)).toHaveCount(0);

    await deleteDoc(id, rev);
    await expect(catalog.service(renamed)).toHaveCount(0, { timeout: 15_000 });
    await catalog.expectCount(before.length);

    expect(
      await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload),
    ).toBe(true);
  });
});
