import { serviceIds } from './couch.admin';
import { expect, test } from './fixtures';

test('after one visit the catalogue opens and lists its services with no network', async ({
  catalog,
  context,
  page,
}) => {
  const count = (await serviceIds()).length;
  await catalog.goto();
  await catalog.waitForServiceWorkerControl();
  await catalog.waitForSynced();
  await catalog.expectCount(count);
  const names = await catalog.serviceNames();

  await context.setOffline(true);
  try {
    await page.reload();
    await expect(catalog.heading).toBeVisible();
    await catalog.expectCount(count);
    expect(await catalog.serviceNames()).toEqual(names);
    await expect(catalog.syncStatus).toContainText('Offline');
    // The shell came from the service worker, not the network.
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  } finally {
    await context.setOffline(false);
  }
  // Back online, replication resumes on its own.
  await catalog.waitForSynced();
});
