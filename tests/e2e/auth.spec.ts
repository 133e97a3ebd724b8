import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { serverDoc, setUpGroup, type GroupSetup } from './groups.admin';
import { MembersPage } from './pages/members.page';
import { openMenu } from './pages/header.page';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let setup: GroupSetup;

test.beforeAll(async () => {
  setup = await setUpGroup();
});

test('a wrong password gets a clear Czech message, the right one signs in', async ({ page }) => {
  const members = new MembersPage(page);
  const [jana] = setup.members;
  if (!jana) throw new Error('no member');
  await members.signIn(jana.name, 'spatne-heslo');
  await expect(page.getByRole('alert')).toHaveText(
    'Nesprávné jméno nebo heslo. Zkontrolujte je a zkuste to znovu.',
  );
  expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);

  await page.getByLabel('Heslo').fill(jana.password);
  await page.getByLabel('Heslo').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Moje skupiny' })).toBeVisible();
  await expect(page.getByRole('link', { name: setup.groupName })).toBeVisible();
  await members.expectSynced();
  expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);

  // Still signed in after a reload (the session is confirmed by the server).
  await page.reload();
  await expect(page.getByRole('link', { name: setup.groupName })).toBeVisible();
});

test('sign-out with unsynced changes asks first and keeps them when told to', async ({
  page,
  context,
}) => {
  const members = new MembersPage(page);
  const [, petr] = setup.members;
  if (!petr) throw new Error('no member');
  await members.signInOk(petr.name, petr.password);
  await members.openGroup(setup.groupName);
  await members.expectSynced();

  await context.setOffline(true);
  await members.createMeeting('Schůzka offline', '2031-03-04');
  await page.getByRole('link', { name: /Zpět na skupinu/ }).click();
  await expect(members.syncStatus).toContainText('1 změna čeká na odeslání');
  await openMenu(page);
  await page.getByRole('link', { name: 'Moje skupiny' }).first().click();
  await page.getByRole('button', { name: 'Odhlásit' }).click();

  const dialog = page.getByRole('dialog', { name: 'Odhlášení' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('logout-pending')).toHaveText(
    'V tomto zařízení je 1 neodeslaná změna.',
  );
  // Sending first fails offline, and says so: nothing is deleted.
  await dialog.getByRole('button', { name: 'Nejdřív odeslat a pak odhlásit' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Nic nebylo smazáno.');
  await dialog.getByRole('button', { name: 'Zrušit' }).click();
  await expect(dialog).toBeHidden();

  // Back online, "send first" really sends, then signs out.
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Odhlásit' }).click();
  await dialog.getByRole('button', { name: 'Nejdřív odeslat a pak odhlásit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Přihlášení' })).toBeVisible();
  await openMenu(page);
  await expect(page.getByRole('link', { name: 'Přihlásit' })).toBeVisible();
});

test('an expired session keeps offline edits, asks to sign in again, then they sync', async ({
  page,
  context,
}) => {
  const members = new MembersPage(page);
  const [jana] = setup.members;
  if (!jana) throw new Error('no member');
  await members.signInOk(jana.name, jana.password);
  await members.openGroup(setup.groupName);
  await members.expectSynced();

  await context.setOffline(true);
  await members.createMeeting('Schůzka po vypršení', '2031-07-08');
  await members.addAgendaItem('Úvod');
  await members.writeNotes(1, 'Zapsáno bez přihlášení.');
  const key = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

  // The session ends while the phone is offline (the cookie is gone, as after expiry).
  await context.clearCookies();
  await context.setOffline(false);
  await expect(members.syncStatus).toContainText('Přihlášení vypršelo', { timeout: 20_000 });
  await expect(page.getByText('Vaše přihlášení vypršelo.').first()).toBeVisible();
  // The edits are still here, on the device.
  await expect(members.notes(1)).toHaveValue('Zapsáno bez přihlášení.');

  await page.getByRole('main').getByRole('link', { name: 'Přihlásit se znovu' }).first().click();
  await expect(page.getByLabel('Uživatelské jméno')).toHaveValue(jana.name);
  await page.getByLabel('Heslo').fill(jana.password);
  await page.getByRole('button', { name: 'Přihlásit se' }).click();
  await members.openGroup(setup.groupName);
  await members.expectSynced();
  await expect
    .poll(async () => (await serverDoc(setup.db, `agenda-item:${key}:1`))?.notes, {
      timeout: 20_000,
    })
    .toBe('Zapsáno bez přihlášení.');
});
