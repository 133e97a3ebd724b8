import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { serverDoc, serverDocs, setUpGroup, type GroupSetup } from './groups.admin';
import { MembersPage } from './pages/members.page';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let setup: GroupSetup;

test.beforeAll(async () => {
  setup = await setUpGroup();
});

/** Moves focus to a control the way a keyboard user reaches it: Tab until it has focus. */
async function tabTo(page: Page, target: ReturnType<Page['getByLabel']>): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

/** Opens a collapsed form (a <details>) with the keyboard, if it is not open yet. */
async function openDetails(page: Page, summary: string): Promise<void> {
  const details = page.locator('details', { has: page.locator('summary', { hasText: summary }) });
  if (await details.evaluate((el) => (el as HTMLDetailsElement).open)) return;
  await tabTo(page, details.locator('summary'));
  await page.keyboard.press('Enter');
}

test('a full meeting is taken offline by keyboard only, and syncs when back online', async ({
  page,
  context,
}) => {
  // Dozens of single key presses, each checked: slow on a busy machine, not a hang.
  test.slow();
  const members = new MembersPage(page);
  const [jana, petr] = setup.members;
  if (!jana || !petr) throw new Error('no members');
  await page.goto('/prihlaseni');
  await tabTo(page, page.getByLabel('Uživatelské jméno'));
  await page.keyboard.type(jana.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(jana.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Moje skupiny' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: setup.groupName }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: setup.groupName })).toBeVisible();
  await members.expectSynced();

  await context.setOffline(true);
  await tabTo(page, page.locator('summary', { hasText: 'Nová schůzka' }));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Schůzka bez myši');
  // Date stays today; date and time fields have several Tab stops in Chromium.
  await tabTo(page, page.getByLabel('Místo'));
  await page.keyboard.type('Knihovna');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Schůzka bez myši' })).toBeVisible();
  const key = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

  // Agenda item and its notes.
  await tabTo(page, page.getByLabel('Název bodu'));
  await page.keyboard.type('Zahájení');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Zápis k bodu 1 (Markdown)')).toBeVisible();
  await tabTo(page, page.getByLabel('Zápis k bodu 1 (Markdown)'));
  await page.keyboard.type('Schůzku zahájila předsedkyně.');
  await tabTo(page, page.getByRole('button', { name: 'Uložit zápis' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('agenda-item-1').getByText('Uloženo.')).toBeVisible();

  // Attendance: a member ticked on the roster, and a guest typed in.
  const petrOnRoster = page.getByRole('checkbox', { name: 'Petr Novák' });
  await tabTo(page, petrOnRoster);
  await page.keyboard.press('Space');
  await expect(petrOnRoster).toBeChecked();
  await openDetails(page, 'Zapsat hosta');
  await tabTo(page, page.getByLabel('Jméno hosta'));
  await page.keyboard.type('Host Hostová');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Charita');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('rowheader', { name: /Host Hostová/ })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);

  // A decision (the text area takes Enter as a new line: Tab on to the button).
  await tabTo(page, page.getByLabel('Text usnesení'));
  await page.keyboard.type('Skupina schvaluje program.');
  await tabTo(page, page.getByRole('button', { name: 'Přidat usnesení' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Usnesení č. 1')).toBeVisible();

  // A task.
  await openDetails(page, 'Přidat úkol');
  await tabTo(page, page.getByLabel('Co', { exact: true }));
  await page.keyboard.type('Připravit pozvánky');
  // The owner is picked from the roster: a select, chosen by typing the name's first letters.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Kdo úkol řeší')).toBeFocused();
  await page.keyboard.type('Jana');
  await expect(page.getByLabel('Kdo úkol řeší')).toHaveValue(jana.name);
  await tabTo(page, page.getByRole('button', { name: 'Přidat úkol' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Připravit pozvánky')).toBeVisible();
  await expect(page.getByText('řeší Jana Nováková')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);

  await context.setOffline(false);
  await members.expectSynced();
  await expect
    .poll(async () => (await serverDoc(setup.db, `agenda-item:${key}:1`))?.notes, {
      timeout: 20_000,
    })
    .toBe('Schůzku zahájila předsedkyně.');
  const meeting = await serverDoc(setup.db, `meeting:${key}`);
  expect([meeting?.title, meeting?.place]).toEqual(['Schůzka bez myši', 'Knihovna']);
  const attendance = await serverDocs(setup.db, `attendance:${key}:`);
  expect(attendance.map((a) => a.displayName).sort()).toEqual(['Host Hostová', 'Petr Novák']);
  expect(attendance.find((a) => a.displayName === 'Petr Novák')).toMatchObject({
    person: petr.name,
    guest: false,
    present: true,
  });
  expect((await serverDoc(setup.db, `decision:${key}:1`))?.text).toBe('Skupina schvaluje program.');
  const tasks = await serverDocs(setup.db, 'task:');
  expect(tasks.find((t) => t.meetingId === key)).toMatchObject({
    what: 'Připravit pozvánky',
    assignee: jana.name,
  });
});
