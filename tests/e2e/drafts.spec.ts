import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { setUpGroup, type GroupSetup } from './groups.admin';
import { MembersPage } from './pages/members.page';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let setup: GroupSetup;

test.beforeAll(async () => {
  // Four admin CLI runs: slow on a busy machine.
  test.setTimeout(180_000);
  setup = await setUpGroup();
});

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
}

test('a note typed and left unsaved survives leaving the page and an offline reload', async ({
  page,
  context,
}) => {
  // Sign-in, first sync and axe on several states: slow on a busy machine, not a hang.
  test.slow();
  const members = new MembersPage(page);
  const [jana, petr] = setup.members;
  if (!jana || !petr) throw new Error('no members');
  const title = `Koncept ${test.info().project.name}`;
  const note = 'Předsedkyně navrhla nový termín. Ještě neuloženo.';

  await members.signInOk(jana.name, jana.password);
  await members.openGroup(setup.groupName);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 20_000,
  });
  await members.createMeeting(title, '2031-05-06');
  await members.addAgendaItem('Zahájení');
  await members.notes(1).fill(note);
  await expect(page.getByTestId('draft-bar')).toContainText('Neuloženo');
  await expectNoAxeViolations(page);

  // Leaving within the app is not blocked; the next page says the draft was kept.
  await page.getByRole('link', { name: '← Zpět na skupinu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: setup.groupName })).toBeVisible();
  await expect(page.getByTestId('draft-left-behind')).toContainText(
    'Neuložený koncept zůstal uložený v tomto zařízení.',
  );
  await expectNoAxeViolations(page);

  // Offline, after a reload: the form opens with the draft.
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: setup.groupName })).toBeVisible();
    await page.getByRole('link', { name: new RegExp(title) }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(members.notes(1)).toHaveValue(note);
    await expect(page.getByTestId('draft-bar')).toContainText('Obnoven neuložený koncept');
    await expectNoAxeViolations(page);

    // Saved: the draft is gone, and after another reload the stored notes show.
    await page.getByTestId('agenda-item-1').getByRole('button', { name: 'Uložit zápis' }).click();
    await expect(page.getByTestId('agenda-item-1').getByText('Uloženo.')).toBeVisible();
    await expect(page.getByTestId('draft-bar')).toHaveCount(0);
  } finally {
    await context.setOffline(false);
  }
});

test('a discarded draft is gone, and another user on the device never sees one', async ({
  page,
}) => {
  // Sign-in, first sync and axe on several states: slow on a busy machine, not a hang.
  test.slow();
  const members = new MembersPage(page);
  const [jana, petr] = setup.members;
  if (!jana || !petr) throw new Error('no members');
  const title = `Odhlášení ${test.info().project.name}`;

  await members.signInOk(jana.name, jana.password);
  await members.openGroup(setup.groupName);
  await members.createMeeting(title, '2031-06-07');
  await members.addAgendaItem('Úvod');
  await members.notes(1).fill('Zahodit');
  await page.getByRole('button', { name: 'Zahodit koncept' }).click();
  await expect(members.notes(1)).toHaveValue('');
  await expect(page.getByTestId('draft-bar')).toHaveCount(0);

  await page.getByLabel('Text usnesení').fill('Jana rozhodla, ale neuložila.');
  await expect(page.getByTestId('draft-bar')).toContainText('Neuloženo');
  // Written to the device a moment after the last keystroke.
  await expect(page.getByTestId('draft-bar')).toHaveAttribute('data-stored', 'true');
  const meetingUrl = page.url();
  // Reload: the browser asks before leaving a page with an unsaved draft.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByLabel('Text usnesení')).toHaveValue('Jana rozhodla, ale neuložila.');

  // Jana signs out keeping the device's copy; Petr signs in on the same device.
  await page.goto('/skupiny');
  await page.getByRole('button', { name: 'Odhlásit', exact: true }).click();
  // The unsaved draft counts as a change on this device: keep it for Jana.
  await expect(page.getByTestId('logout-pending')).toBeVisible();
  await page.getByRole('button', { name: 'Odhlásit a změny ponechat v zařízení' }).click();
  await members.signInOk(petr.name, petr.password);
  await page.goto(meetingUrl);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByLabel('Text usnesení')).toHaveValue('');
  await expect(page.getByTestId('draft-bar')).toHaveCount(0);
});
