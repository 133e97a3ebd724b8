import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SettingsPage, ShortlistPage } from './pages/device.page';
import { ServicePage } from './pages/service.page';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SERVICES = [
  'service:demo-pecovatelska-sluzba-cesky-krumlov',
  'service:demo-tisnova-pece-jih',
  'service:demo-pecovatelska-sluzba-domovinka-dacice',
];

async function expectNoAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function shortlistThree(page: Page): Promise<void> {
  const settings = new SettingsPage(page);
  await page.goto('/nastaveni');
  // The first page of a fresh browser context (its workers, the catalogue) can take a while.
  await expect(page.getByRole('heading', { level: 1, name: 'Nastavení' })).toBeVisible({
    timeout: 20_000,
  });
  await settings.saveWorker('Jana Terénní', '+420 777 123 456');
  const service = new ServicePage(page);
  for (const id of SERVICES) {
    await service.goto(id);
    await service.addToShortlist.click();
    await expect(service.status('Přidáno do výběru.')).toBeVisible();
  }
}

test('the shortlist goes to the client as a text message, an e-mail or a QR code', async ({
  page,
}) => {
  await shortlistThree(page);
  const shortlist = new ShortlistPage(page);
  await shortlist.goto();
  const send = page.getByRole('region', { name: 'Poslat klientovi' });
  await expect(send).toBeVisible();

  const sms = await send.getByRole('link', { name: 'Poslat SMS' }).getAttribute('href');
  expect(sms).toMatch(/^sms:\?body=/);
  const smsText = decodeURIComponent(sms!.slice('sms:?body='.length));
  expect(smsText).toContain('Služby, které vám mohou pomoci:');
  expect(smsText).toContain('1. Pečovatelská služba Český Krumlov\nTel.: +420 380 698 051');
  expect(smsText).toContain('Provozní doba: pondělí–pátek: 07:30–16:00');
  expect(smsText).toContain('Tísňová péče Jih');
  expect(smsText).toContain('Provozní doba: Nonstop, 24 hodin denně');
  expect(smsText).toContain('Připravil(a): Jana Terénní, Telefon: +420 777 123 456');

  const mail = await send.getByRole('link', { name: 'Poslat e-mailem' }).getAttribute('href');
  const url = new URL(mail!);
  expect(url.protocol).toBe('mailto:');
  expect(mail).not.toContain('+'); // spaces as %20: "+" would show in the mail as a plus sign
  const params = new URLSearchParams(url.search);
  expect(params.get('subject')).toBe('Sociální služby, které vám mohou pomoci');
  // Line breaks as CRLF (RFC 6068), the same text as the message.
  expect(params.get('body')).toBe(smsText.replace(/\n/g, '\r\n'));

  const qrButton = send.getByRole('button', { name: 'Ukázat QR kód' });
  await qrButton.click();
  const qr = send.getByRole('img', { name: 'QR kód s kontakty na vybrané služby' });
  await expect(qr).toBeVisible();
  await expect(qr.locator('svg path')).toHaveCount(1);
  const box = await qr.boundingBox();
  expect(box!.width).toBeGreaterThan(150);
  await expect(send.getByRole('button', { name: 'Skrýt QR kód' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expectNoAxeViolations(page);
});

test('the printed referral sheet is one A4 page with opening hours', async ({ page }) => {
  await shortlistThree(page);
  await page.goto('/seznam/tisk');
  const sheet = page.getByRole('article');
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveCount(3);
  await expect(sheet).toContainText('Provozní doba: pondělí–pátek: 07:30–16:00');
  await expect(sheet).toContainText('Provozní doba: Nonstop, 24 hodin denně');
  await expectNoAxeViolations(page);

  // Chromium's own print to PDF, as the browser's print dialog makes it.
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
  expect(pages).toHaveLength(1);
});
