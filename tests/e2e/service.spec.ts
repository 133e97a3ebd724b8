import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { ServicePage } from './pages/service.page';
import { storedReports } from './reports.admin';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SERVICE = 'service:demo-pecovatelska-sluzba-cesky-krumlov';
const SITUATION = 'starnu-doma-nezvladam';

test.describe('a service', () => {
  test('the detail page shows the § type, a call link, the registered maximum and why it matches', async ({
    page,
  }) => {
    const service = new ServicePage(page);
    await service.goto(SERVICE, [SITUATION]);
    await expect(service.heading).toHaveText('Pečovatelská služba Český Krumlov');
    await expect(page.getByText('§ 40', { exact: true })).toBeVisible();
    await expect(service.callLinks.first()).toHaveAttribute('href', 'tel:+420380698051');
    await expect(service.capacity).toContainText('72 klientů');
    await expect(service.capacity).toContainText('Neříká, kolik je volných míst');
    await expect(service.why).toContainText('Vaše situace: Stárnu a doma už to sám nezvládám');
    await expect(service.why).toContainText('Pečovatelka vám pomůže s nákupem');
    await expect(page.getByRole('link', { name: /^Mapa na Mapy\.cz/ })).toHaveAttribute(
      'href',
      /^https:\/\/mapy\.cz\//,
    );
    await expect(page.getByRole('link', { name: /^Otevřít v aplikaci map/ })).toHaveAttribute(
      'href',
      /^geo:/,
    );
    await expect(page.getByText(/^Údaje naposledy ověřeny/)).toBeVisible();

    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('an error report written offline is kept on the device and sent after reconnecting', async ({
    page,
    context,
  }, testInfo) => {
    const service = new ServicePage(page);
    await service.goto(SERVICE);
    const message = `Telefon neplatí (${testInfo.project.name} ${Date.now()})`;

    await context.setOffline(true);
    await service.reportOpen.click();
    await service.reportMessage.fill(message);
    await service.reportSubmit.click();
    await expect(service.status('Hlášení je uložené v zařízení')).toBeVisible();
    // Still only on the device.
    expect((await storedReports()).some((r) => r.message === message)).toBe(false);

    await context.setOffline(false);
    await expect(service.status('Děkujeme. Hlášení jsme předali editorům katalogu.')).toBeVisible({
      timeout: 20_000,
    });
    const stored = (await storedReports()).find((r) => r.message === message);
    expect(stored).toMatchObject({ serviceId: SERVICE, status: 'new' });
  });

  test('an empty report is refused in Czech and the form stays open', async ({ page }) => {
    const service = new ServicePage(page);
    await service.goto(SERVICE);
    await service.reportOpen.click();
    await service.reportSubmit.click();
    await expect(page.getByRole('alert')).toContainText('Napište prosím, co je v údajích špatně.');
    await expect(service.reportMessage).toBeVisible();
  });
});
