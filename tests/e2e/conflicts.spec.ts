import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { serverDoc, setUpGroup, type GroupSetup } from './groups.admin';
import { MembersPage } from './pages/members.page';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let setup: GroupSetup;

test.beforeAll(async () => {
  setup = await setUpGroup();
});

interface Person {
  context: BrowserContext;
  page: Page;
  members: MembersPage;
}

async function person(browser: Browser, index: number): Promise<Person> {
  const who = setup.members[index];
  if (!who) throw new Error('no member');
  const context = await browser.newContext();
  const page = await context.newPage();
  const members = new MembersPage(page);
  await members.signInOk(who.name, who.password);
  await members.openGroup(setup.groupName);
  await members.expectSynced();
  return { context, page, members };
}

/** Jana creates a meeting with one agenda item of three lines; Petr opens it too. */
async function twoPeopleOnOneItem(browser: Browser, title: string) {
  const jana = await person(browser, 0);
  await jana.members.createMeeting(title, '2031-09-10');
  await jana.members.addAgendaItem('Diskuse');
  await jana.members.writeNotes(1, 'první řádek\ndruhý řádek\ntřetí řádek');
  await jana.members.expectSynced();
  const key = decodeURIComponent(new URL(jana.page.url()).pathname.split('/').pop() ?? '');

  const petr = await person(browser, 1);
  await petr.page.getByRole('link', { name: title }).click();
  await expect(petr.members.notes(1)).toHaveValue('první řádek\ndruhý řádek\ntřetí řádek', {
    timeout: 20_000,
  });
  return { jana, petr, key };
}

test('two people edit different lines offline: after reconnecting both edits are there', async ({
  browser,
}) => {
  const { jana, petr, key } = await twoPeopleOnOneItem(browser, 'Souběžný zápis');
  await jana.context.setOffline(true);
  await petr.context.setOffline(true);
  await jana.members.writeNotes(1, 'první řádek – Jana\ndruhý řádek\ntřetí řádek');
  await petr.members.writeNotes(1, 'první řádek\ndruhý řádek\ntřetí řádek – Petr');

  await jana.context.setOffline(false);
  await jana.members.expectSynced();
  await petr.context.setOffline(false);

  const both = 'první řádek – Jana\ndruhý řádek\ntřetí řádek – Petr';
  await expect(petr.members.notes(1)).toHaveValue(both, { timeout: 30_000 });
  await expect(jana.members.notes(1)).toHaveValue(both, { timeout: 30_000 });
  await expect
    .poll(
      async () => {
        const doc = await serverDoc(setup.db, `agenda-item:${key}:1`);
        return { notes: doc?.notes, conflicts: doc?._conflicts ?? [] };
      },
      { timeout: 30_000 },
    )
    .toEqual({ notes: both, conflicts: [] });
  await jana.context.close();
  await petr.context.close();
});

test('the same line edited twice is shown side by side, and the choice resolves it', async ({
  browser,
}) => {
  const { jana, petr, key } = await twoPeopleOnOneItem(browser, 'Skutečný konflikt');
  await jana.context.setOffline(true);
  await petr.context.setOffline(true);
  await jana.members.writeNotes(1, 'první řádek\ndruhý řádek podle Jany\ntřetí řádek');
  await petr.members.writeNotes(1, 'první řádek\ndruhý řádek podle Petra\ntřetí řádek');
  await jana.context.setOffline(false);
  await jana.members.expectSynced();
  await petr.context.setOffline(false);

  // Both revisions are kept: the server holds one as the winner and one as a conflict.
  await expect
    .poll(
      async () =>
        ((await serverDoc(setup.db, `agenda-item:${key}:1`))?._conflicts as string[] | undefined)
          ?.length ?? 0,
      {
        timeout: 30_000,
      },
    )
    .toBe(1);

  const page = petr.page;
  await page.getByRole('link', { name: 'Vyřešit souběžné úpravy' }).click({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Souběžné úpravy' })).toBeVisible();
  // A direct load and a reload of the page show the same (the replica opens after sign-in).
  await page.goto(`/skupiny/${setup.db}/konflikty`);
  await page.reload();
  const versions = page.getByTestId('conflict-version');
  await expect(versions).toHaveCount(2, { timeout: 20_000 });
  const conflict = page.getByTestId('conflict');
  // The shared lines as they are, each side's addition marked (the mark's hidden label sits in between).
  await expect(conflict).toContainText('první řádek');
  await expect(conflict).toContainText('třetí řádek');
  // Labelled in Czech, whose version is whose, and what each changed against the original.
  await expect(conflict.getByRole('term').first()).toHaveText('Zápis');
  await expect(conflict.getByRole('heading', { level: 3, name: /^Vaše verze, / })).toBeVisible();
  // Named as the group knows her: the roster's display name, not the user name.
  const janaName = setup.members[0]?.displayName ?? '';
  await expect(
    conflict.getByRole('heading', { level: 3, name: `Verze od ${janaName}`, exact: false }),
  ).toBeVisible();
  await expect(conflict.locator('ins').filter({ hasText: 'podle Jany' })).toBeVisible();
  await expect(conflict.locator('ins').filter({ hasText: 'podle Petra' })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);

  const chosenText = 'první řádek\ndruhý řádek podle Jany\ntřetí řádek';
  await page.getByRole('button', { name: new RegExp(`^Ponechat: Verze od ${janaName}`) }).click();
  await expect(page.getByText('Žádné souběžné úpravy nečekají na vyřešení.')).toBeVisible({
    timeout: 20_000,
  });
  await expect
    .poll(
      async () => {
        const doc = await serverDoc(setup.db, `agenda-item:${key}:1`);
        return { notes: doc?.notes, conflicts: doc?._conflicts ?? [] };
      },
      { timeout: 30_000 },
    )
    .toEqual({ notes: chosenText, conflicts: [] });
  await jana.context.close();
  await petr.context.close();
});
