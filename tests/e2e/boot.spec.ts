import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('a first visit whose app script fails to load says so and reloads on request', async ({
  page,
}) => {
  // The line drops while the app's entry script loads: the prerendered page shows, the app
  // cannot start, and the browser would keep that import failed until a reload.
  let failed = false;
  await page.route('**/_app/immutable/entry/app.*.js', async (route) => {
    if (failed) return route.continue();
    failed = true;
    return route.abort('connectionreset');
  });
  await page.goto('/');
  const notice = page.getByRole('alert').filter({ hasText: 'Aplikace se nenačetla celá' });
  await expect(notice).toBeVisible();
  const again = notice.getByRole('button', { name: 'Načíst znovu' });
  await expect(again).toBeFocused();
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations).toEqual([]);

  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  // The app runs now: its search answers for the synced catalogue (only the app sets this).
  await expect(page.locator('html')).toHaveAttribute('data-search-count', /^[1-9]/, {
    timeout: 30_000,
  });
});
