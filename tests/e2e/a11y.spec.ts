import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe('accessibility', () => {
  test('axe finds no WCAG 2.1 AA violations on the catalogue', async ({ catalog, page }) => {
    await catalog.goto();
    await catalog.waitForSynced();
    await expect(catalog.services.first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('cs');
  });

  test('the skip link is the first stop and moves focus to the content', async ({
    catalog,
    page,
  }) => {
    await catalog.goto();
    await page.keyboard.press('Tab');
    await expect(catalog.skipLink).toBeFocused();
    await expect(catalog.skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(catalog.main).toBeFocused();
  });

  test('content reflows at 320 CSS px (400 % zoom of 1280) without horizontal scrolling', async ({
    catalog,
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await catalog.goto();
    await catalog.waitForSynced();
    await expect(catalog.services.first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
