import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { SettingsPage, ShortlistPage } from './pages/device.page';
import { ServicePage } from './pages/service.page';
import { openMenu } from './pages/header.page';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SERVICE = 'service:demo-pecovatelska-sluzba-cesky-krumlov';

test.describe('settings', () => {
  test('shows storage used, requests persistent storage and keeps bad input with a Czech message', async ({
    page,
  }) => {
    const settings = new SettingsPage(page);
    await settings.goto();
    await expect(settings.storageUsed).toBeVisible();
    if (await settings.requestPersist.isVisible()) {
      await settings.requestPersist.click();
      await expect(
        page.getByRole('status').filter({ hasText: /trvalé úložiště (povolil|zatím nepovolil)/ }),
      ).toBeVisible();
    } else {
      await expect(page.getByText('Trvalé úložiště je povolené')).toBeVisible();
    }

    await settings.name.fill('Jana');
    await settings.phone.fill('volejte mi');
    await settings.save.click();
    await expect(page.getByText('Telefon zadejte číslicemi')).toBeVisible();
    await expect(settings.phone).toHaveValue('volejte mi');
    await expect(settings.phone).toHaveAttribute('aria-invalid', 'true');

    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('reset warns about unsent reports, offers to send them first, then deletes local data', async ({
    page,
    context,
  }) => {
    // The app shell is precached once the service worker controls the page; offline
    // navigation to settings then loads its code from there.
    await page.goto('/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 20_000,
    });
    const service = new ServicePage(page);
    await service.goto(SERVICE);
    await service.addToShortlist.click();
    await context.setOffline(true);
    await service.reportOpen.click();
    await service.reportMessage.fill(`Špatná adresa ${Date.now()}`);
    await service.reportSubmit.click();
    await expect(service.status('Hlášení je uložené v zařízení')).toBeVisible();

    // Client-side navigation works offline.
    await openMenu(page);
    await page.getByRole('link', { name: 'Nastavení' }).click();
    const settings = new SettingsPage(page);
    await settings.reset.click();
    await expect(page.getByRole('alert')).toContainText('1 hlášení chyb ještě nebylo odesláno');
    const sendFirst = page.getByRole('button', { name: 'Nejdřív odeslat hlášení' });
    await expect(sendFirst).toBeVisible();

    await context.setOffline(false);
    // Back online the outbox may send on its own first: the button is then disabled, or the
    // warning (and the button with it) is already gone, so the click is best effort. What the
    // user relies on is asserted next: the report leaves the device before the reset. One bounded
    // click, not "visible, then enabled": the button can vanish between the two checks, and
    // `isEnabled` then waits for it until the test times out.
    await sendFirst.click({ timeout: 2_000 }).catch(() => undefined);
    await expect(page.getByRole('alert')).toBeHidden({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Ano, smazat' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Data jsou smazaná' })).toBeVisible();
    await page.waitForEvent('load');

    const shortlist = new ShortlistPage(page);
    await shortlist.goto();
    await expect(page.getByText('Výběr je prázdný.')).toBeVisible();
  });
});
