import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { SettingsPage, ShortlistPage } from './pages/device.page';
import { ServicePage } from './pages/service.page';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SERVICE = 'service:demo-pecovatelska-sluzba-cesky-krumlov';

test('shortlist → referral sheet prints the services and the worker’s name and phone', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.saveWorker('Jana Terénní', '+420 777 123 456');

  const service = new ServicePage(page);
  await service.goto(SERVICE);
  await service.addToShortlist.click();
  await expect(service.status('Přidáno do výběru.')).toBeVisible();

  const shortlist = new ShortlistPage(page);
  await shortlist.goto();
  await expect(page.getByRole('link', { name: 'Pečovatelská služba Český Krumlov' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await shortlist.print.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sociální služby doporučené pro vás' }),
  ).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByRole('article');
  await expect(
    sheet.getByRole('heading', { name: 'Pečovatelská služba Český Krumlov' }),
  ).toBeVisible();
  await expect(sheet).toContainText('Tel.: +420 380 698 051');
  await expect(sheet).toContainText('Připravil(a): Jana Terénní');
  await expect(sheet).toContainText('Telefon: +420 777 123 456');
  // Navigation and buttons stay off the paper; the type is large.
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Tisknout' })).toBeHidden();
  const fontSize = await sheet.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(18); // 14 pt
  const pdf = await page.pdf({ format: 'A4' }).catch(() => undefined);
  if (pdf) expect(pdf.byteLength).toBeGreaterThan(1000);
});
