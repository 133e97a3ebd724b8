import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HomePage } from './pages/home.page';
import { SearchPage } from './pages/search.page';
import { ServicePage } from './pages/service.page';

/** The catalogue on a 390 × 844 phone (both projects: the desktop one is narrowed too). */
test.use({ viewport: { width: 390, height: 844 } });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SITUATION = 'Stárnu a doma už to sám nezvládám';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** Czech plural of "služba" after a number (1 službu, 2–4 služby, 0 and 5+ služeb). */
function sluzeb(n: number): string {
  if (n === 1) return 'službu';
  if (n >= 2 && n <= 4) return 'služby';
  return 'služeb';
}

test('the header is one compact bar and its menu opens and closes by keyboard', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto();
  // The page's content starts within the first 120 px.
  const top = (await home.heading.boundingBox())?.y ?? Infinity;
  expect(top).toBeLessThanOrEqual(120);

  const banner = page.getByRole('banner');
  const toggle = banner.getByRole('button', { name: 'Menu', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(banner.getByRole('link', { name: 'Můj výběr' })).toBeHidden();
  // The sync state is a dot, its words for screen readers.
  await expect(page.getByRole('status').filter({ hasText: 'Stav katalogu' })).toBeVisible();

  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(banner.getByRole('link', { name: 'Můj výběr' })).toBeVisible();
  await expect(banner.getByRole('link', { name: 'Nastavení' })).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Switch to English' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The next Tab goes into the menu; Escape closes it and puts focus back on the button.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
  expect(await page.evaluate(() => !!document.activeElement?.closest('#site-menu'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();

  // A link in the menu navigates and the menu closes behind it.
  await page.keyboard.press('Enter');
  await banner.getByRole('link', { name: 'Nastavení' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nastavení' })).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('after a life situation the first result card is above the fold, the filter a chip', async ({
  page,
}) => {
  const home = new HomePage(page);
  const results = new SearchPage(page);
  await home.goto();
  await home.waitForTiles();
  await home.tile(SITUATION).click();
  await results.expectCountAtLeast(1);

  const card = await results.results.first().boundingBox();
  expect(card).not.toBeNull();
  // Its top and its name (the first ~3 lines) are on the first screen.
  expect(card!.y).toBeGreaterThan(0);
  expect(card!.y + 60).toBeLessThan(844);

  const chip = page.getByRole('button', { name: `Odebrat filtr ${SITUATION}` });
  await expect(chip).toBeVisible();
  await expect(results.filtersToggle).toHaveText('Filtry (1)');
  await expectNoAxeViolations(page);

  // Removing the chip (by keyboard) removes the filter: every service again.
  const filtered = await results.count_();
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(chip).toHaveCount(0);
  await expect(page).not.toHaveURL(/situace=/);
  await expect.poll(() => results.count_()).toBeGreaterThan(filtered);
  await expect(results.filtersToggle).toHaveText('Filtry (0)');
  await expect(results.filtersToggle).toBeFocused();
});

test('the filter sheet works by keyboard: live count on its button, Escape closes', async ({
  page,
}) => {
  const results = new SearchPage(page);
  await results.goto();
  await results.expectCountAtLeast(80);
  await results.filtersToggle.focus();
  await page.keyboard.press('Enter');
  await expect(results.filterSheet).toBeVisible();
  const all = await results.count_();
  await expect(results.applyFilters).toHaveText(`Zobrazit ${all} ${sluzeb(all)}`);
  await expectNoAxeViolations(page);

  // Focus is inside the modal sheet; a checkbox toggles with Space and the count follows.
  expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  const field = results.filter('terénní');
  await field.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/forma=ter/);
  await expect.poll(() => results.count_()).toBeLessThan(all);
  const some = await results.count_();
  await expect(results.applyFilters).toHaveText(`Zobrazit ${some} ${sluzeb(some)}`);

  await page.keyboard.press('Escape');
  await expect(results.filterSheet).toBeHidden();
  await expect(results.filtersToggle).toBeFocused();
  await expect(results.filtersToggle).toHaveText('Filtry (1)');
  await expect(page.getByRole('button', { name: 'Odebrat filtr terénní' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('by touch', () => {
  test.use({ hasTouch: true, isMobile: true });

  test('the filter sheet opens, filters and closes by taps; one service reads "1 službu"', async ({
    page,
  }) => {
    const results = new SearchPage(page);
    await results.goto();
    await results.expectCountAtLeast(80);
    await results.filtersToggle.tap();
    await expect(results.filterSheet).toBeVisible();
    await results.filterSheet.getByText(/^senioři \(\d+\)$/).tap();
    await expect(page).toHaveURL(/skupina=seniori/);
    const seniors = await results.count_();
    await expect(results.applyFilters).toHaveText(`Zobrazit ${seniors} ${sluzeb(seniors)}`);
    await results.applyFilters.tap();
    await expect(results.filterSheet).toBeHidden();
    await expect(results.results.first()).toBeVisible();

    // Narrow to a single service: the button's Czech plural follows.
    await results.type('Tísňová péče Jih Dačice');
    await expect.poll(() => results.count_()).toBe(1);
    await results.filtersToggle.tap();
    await expect(results.applyFilters).toHaveText('Zobrazit 1 službu');
    await expectNoAxeViolations(page);
    // A tap on the dimmed page behind the sheet closes it.
    await page.touchscreen.tap(195, 20);
    await expect(results.filterSheet).toBeHidden();
  });
});

test.describe('service detail', () => {
  // Far from Prague on purpose: "open now" must follow the service's clock, not the phone's.
  test.use({ timezoneId: 'America/New_York' });

  test('says where it works, whether it is open now (Prague time), dates the Czech way', async ({
    page,
  }) => {
    // Monday 2027-01-11 15:30 in Prague (14:30 UTC, 09:30 in New York): open 07:30–16:00.
    await page.clock.setFixedTime(new Date('2027-01-11T14:30:00Z'));
    const service = new ServicePage(page);
    await service.goto('service:demo-pecovatelska-sluzba-cesky-krumlov');
    const area = page.getByRole('region', { name: 'Kde služba působí' });
    await expect(area).toContainText('ORP Český Krumlov');
    await expect(area).toContainText('Horní Planá');
    await expect(page.getByTestId('open-now')).toHaveText(/Otevřeno teď/);
    await expect(page.getByText(/^Údaje naposledy ověřeny/)).toHaveText(
      /\b\d{1,2}\.\s\d{1,2}\.\s20\d\d\b/,
    );
    await expectNoAxeViolations(page);

    // 16:30 in Prague (10:30 in New York, when it would be open by the phone's clock): closed.
    await page.clock.setFixedTime(new Date('2027-01-11T15:30:00Z'));
    await page.reload();
    await expect(area).toContainText('ORP Český Krumlov');
    await expect(page.getByTestId('open-now')).toHaveCount(0);
  });
});
