import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { E2E_ORIGIN } from './e2e.env';
import { serverDoc, serverDocs, setUpGroup, type GroupSetup } from './groups.admin';
import { MembersPage } from './pages/members.page';
import { openMenu } from './pages/header.page';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let setup: GroupSetup;

test.beforeAll(async () => {
  setup = await setUpGroup();
});

function member(i: number) {
  const m = setup.members[i];
  if (!m) throw new Error('no member');
  return m;
}

test('a meeting taken offline syncs when back online, and the server has it', async ({
  page,
  context,
}) => {
  const members = new MembersPage(page);
  const jana = member(0);
  await members.signInOk(jana.name, jana.password);
  await members.openGroup(setup.groupName);
  await members.expectSynced();

  await context.setOffline(true);
  await members.createMeeting('Schůzka v radnici', '2031-05-06', '15:30', 'Radnice, zasedačka');
  await members.addAgendaItem('Zahájení');
  await members.writeNotes(1, 'Přítomno **8** členů.\n- bod A\n- bod B');
  // The preview renders Markdown, sanitised.
  await page.getByRole('button', { name: 'Náhled' }).click();
  await expect(page.getByTestId('notes-preview').locator('strong')).toHaveText('8');
  await page.getByRole('button', { name: 'Psát' }).click();

  await page.getByText('Zapsat hosta').first().click();
  await page.getByLabel('Jméno hosta').fill('Eva Hostová');
  await page.getByLabel('Organizace').fill('Charita');
  await page.getByRole('button', { name: 'Zapsat hosta' }).click();
  await expect(page.getByRole('rowheader', { name: /Eva Hostová/ })).toBeVisible();

  await page.getByLabel('Text usnesení').fill('Skupina schvaluje program.');
  await page.getByRole('button', { name: 'Přidat usnesení' }).click();
  await expect(page.getByText('Skupina schvaluje program.')).toBeVisible();

  await page.getByText('Přidat úkol').first().click();
  await page.getByLabel('Co', { exact: true }).fill('Oslovit poskytovatele');
  await page.getByLabel('Kdo úkol řeší').selectOption({ label: 'Jana Nováková' });
  await page.getByLabel('Termín').fill('2031-06-01');
  await page.getByRole('button', { name: 'Přidat úkol' }).click();
  await expect(page.getByRole('strong').filter({ hasText: 'Oslovit poskytovatele' })).toBeVisible();
  // The owner shows by the roster's display name; the document keeps the user name.
  await expect(page.getByText('řeší Jana Nováková')).toBeVisible();

  await expect(members.syncStatus).toContainText('Offline');
  await expect(members.syncStatus).toContainText('čeká na odeslání');
  const url = new URL(page.url());
  const key = decodeURIComponent(url.pathname.split('/').pop() ?? '');

  await context.setOffline(false);
  await members.expectSynced();
  const onServer = await serverDoc(setup.db, `agenda-item:${key}:1`);
  expect(onServer?.notes).toBe('Přítomno **8** členů.\n- bod A\n- bod B');
  expect((await serverDoc(setup.db, `meeting:${key}`))?.place).toBe('Radnice, zasedačka');
  expect((await serverDocs(setup.db, `attendance:${key}:`)).length).toBe(1);
  expect((await serverDocs(setup.db, `decision:${key}:`)).length).toBe(1);
  expect((await serverDocs(setup.db, 'task:')).find((t) => t.meetingId === key)?.assignee).toBe(
    jana.name,
  );

  // "Synchronizovat teď" reports success only after a real round trip.
  await page.getByRole('button', { name: 'Synchronizovat teď' }).click();
  await expect(page.getByText('Synchronizace proběhla, vše je na serveru.')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);

  await openMenu(page);
  await page.getByRole('link', { name: 'Moje úkoly' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Moje úkoly' })).toBeVisible();
  await expect(page.getByText('Oslovit poskytovatele')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);
  expect(E2E_ORIGIN).toContain('127.0.0.1');
});

test('approved minutes are locked: a member sees no edit controls and the server refuses', async ({
  browser,
}) => {
  const coordinatorContext = await browser.newContext();
  const coordinatorPage = await coordinatorContext.newPage();
  const coordinator = new MembersPage(coordinatorPage);
  await coordinator.signInOk(setup.coordinator.name, setup.coordinator.password);
  await coordinator.openGroup(setup.groupName);
  await coordinator.createMeeting('Schůzka ke schválení', '2031-02-03');
  await coordinator.addAgendaItem('Rozpočet');
  await coordinator.writeNotes(1, 'Rozpočet projednán.');
  const key = decodeURIComponent(new URL(coordinatorPage.url()).pathname.split('/').pop() ?? '');
  await coordinatorPage.getByRole('button', { name: 'Schválit zápis' }).click();
  await expect(coordinatorPage.getByTestId('meeting-status')).toHaveText('schváleno');
  await coordinator.expectSynced();

  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  const jana = new MembersPage(memberPage);
  const who = member(0);
  await jana.signInOk(who.name, who.password);
  await jana.openGroup(setup.groupName);
  await memberPage.getByRole('link', { name: 'Schůzka ke schválení' }).click();
  await expect(memberPage.getByTestId('meeting-status')).toHaveText('schváleno');
  await expect(memberPage.getByText('Zápis je schválený a uzamčený.')).toBeVisible();
  await expect(memberPage.getByText('Rozpočet projednán.')).toBeVisible();
  await expect(jana.notes(1)).toHaveCount(0);
  await expect(memberPage.getByRole('button', { name: 'Schválit zápis' })).toHaveCount(0);

  // Not just hidden: the server's validation refuses a member's edit of a locked item.
  const item = await serverDoc(setup.db, `agenda-item:${key}:1`);
  const response = await fetch(
    `${E2E_ORIGIN}/db/${setup.db}/${encodeURIComponent(`agenda-item:${key}:1`)}`,
    {
      method: 'PUT',
      headers: {
        authorization: `Basic ${Buffer.from(`${who.name}:${who.password}`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ ...item, notes: 'Přepsáno', updatedBy: who.name }),
    },
  );
  expect(response.status).toBe(403);

  // The coordinator can reopen; then the member may edit again.
  await coordinatorPage.getByRole('button', { name: 'Znovu otevřít zápis' }).click();
  await expect(coordinatorPage.getByTestId('meeting-status')).toHaveText('rozpracováno');
  await expect(jana.notes(1)).toBeVisible({ timeout: 20_000 });
  await coordinatorContext.close();
  await memberContext.close();
});

test('a meeting can be taken by keyboard only', async ({ page }) => {
  const who = member(1);
  await page.goto('/prihlaseni');
  await page.getByLabel('Uživatelské jméno').focus();
  await page.keyboard.type(who.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Moje skupiny' })).toBeVisible();
  await page.getByRole('link', { name: setup.groupName }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: setup.groupName })).toBeVisible();
  await page.locator('summary', { hasText: 'Nová schůzka' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Klávesnicová schůzka');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Klávesnicová schůzka' })).toBeVisible();
  await page.getByLabel('Název bodu').focus();
  await page.keyboard.type('Úvod');
  await page.keyboard.press('Enter');
  await page.getByLabel('Zápis k bodu 1 (Markdown)').focus();
  await page.keyboard.type('Zapsáno klávesnicí.');
  await page.keyboard.press('Tab'); // help text is not focusable: next is the save button
  await expect(page.getByRole('button', { name: 'Uložit zápis' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Uloženo.')).toBeVisible();
});
