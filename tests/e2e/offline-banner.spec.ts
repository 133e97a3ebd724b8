import { expect, test } from './fixtures';

test('the offline banner says the app is offline and when the catalogue last synced', async ({
  catalog,
  context,
  page,
}) => {
  await catalog.goto();
  await catalog.waitForServiceWorkerControl();
  await catalog.waitForSynced();
  const banner = page.getByRole('status').filter({ hasText: 'Jste offline' });
  await expect(banner).toHaveCount(0);

  await context.setOffline(true);
  try {
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Naposledy aktualizováno');
    await expect(banner).toContainText(String(new Date().getFullYear()));
    // After a reload with no network the time is still known (it is kept on the device).
    await page.reload();
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Naposledy aktualizováno');
    await expect(catalog.syncStatus).toContainText('Offline');
  } finally {
    await context.setOffline(false);
  }
  await expect(banner).toHaveCount(0);
  await catalog.waitForSynced();
});
