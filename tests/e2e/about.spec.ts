import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe('about planning and the accessibility statement', () => {
  test('the ORP page shows the coordinator, groups, plan period and upcoming meetings', async ({
    page,
  }) => {
    await page.goto('/o-planovani/dacice');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Plánování sociálních služeb: ORP Dačice' }),
    ).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('link', { name: 'Zavolat +420 384 000 202' })).toHaveAttribute(
      'href',
      'tel:+420384000202',
    );
    await expect(page.getByRole('heading', { name: 'Senioři', exact: true })).toBeVisible();
    await expect(page.getByText('Období: 2026–2028')).toBeVisible();
    await expect(page.getByText(/^Registrační číslo projektu:/)).toBeVisible();
    await expect(page.getByText('Setkání poskytovatelů a veřejnosti')).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('the accessibility statement follows the Czech template and passes axe', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Prohlášení o přístupnosti' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Prohlášení o přístupnosti' }),
    ).toBeVisible();
    for (const heading of [
      'Stav souladu',
      'Nepřístupný obsah',
      'Vypracování tohoto prohlášení',
      'Zpětná vazba a kontaktní údaje',
      'Postup pro prosazování práva',
    ]) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(page.getByText(/zákonem č\. 99\/2019 Sb\./).first()).toBeVisible();
    await expect(page.getByText(/Ministerstvo vnitra/).first()).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
