import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { serverDoc, setUpGroup, type GroupSetup } from './groups.admin';
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

/** Tab until `target` has focus, as a keyboard user reaches it. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

test('the coordinator keeps the roster by keyboard; members read it and pick attendance from it', async ({
  page,
  browser,
}) => {
  // Two browsers, sync between them and several axe runs: slow on a busy machine.
  test.slow();
  const coordinator = new MembersPage(page);
  await coordinator.signInOk(setup.coordinator.name, setup.coordinator.password);
  await coordinator.openGroup(setup.groupName);
  await coordinator.expectSynced();
  const list = page.getByTestId('roster-list');
  // The admin CLI put both members on the roster with their display names.
  await expect(list.getByText('Jana Nováková')).toBeVisible();
  await expect(list.getByText('Petr Novák')).toBeVisible();

  // Add someone without an account: only the full name.
  await tabTo(page, page.getByLabel('Jméno a příjmení'));
  await page.keyboard.type('Marta Veselá');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Marta Veselá je na seznamu' }),
  ).toBeVisible();
  await expect(list.getByText('Marta Veselá')).toBeVisible();
  await expect(page.getByLabel('Jméno a příjmení')).toBeFocused();

  // Rename her: the button opens a field with the name, Enter saves, focus returns.
  await tabTo(page, page.getByRole('button', { name: 'Přejmenovat: Marta Veselá' }));
  await page.keyboard.press('Enter');
  const field = page.getByLabel('Nové jméno pro Marta Veselá');
  await expect(field).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('End');
  await page.keyboard.type(' (ZŠ)');
  await page.keyboard.press('Enter');
  await expect(list.getByText('Marta Veselá (ZŠ)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Přejmenovat: Marta Veselá (ZŠ)' })).toBeFocused();

  // Remove Petr.
  await tabTo(page, page.getByRole('button', { name: 'Odebrat Petr Novák ze seznamu' }));
  await page.keyboard.press('Enter');
  await expect(list.getByText('Petr Novák')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await coordinator.expectSynced();
  await expect
    .poll(async () => (await serverDoc(setup.db, 'roster'))?.members, { timeout: 20_000 })
    .toEqual([
      { name: setup.members[0]?.name, displayName: 'Jana Nováková' },
      { name: 'marta-vesela', displayName: 'Marta Veselá (ZŠ)' },
    ]);

  // A member reads the roster without edit controls, and picks attendance from it.
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  const jana = new MembersPage(memberPage);
  const who = setup.members[0];
  if (!who) throw new Error('no member');
  await jana.signInOk(who.name, who.password);
  await jana.openGroup(setup.groupName);
  await jana.expectSynced();
  await expect(memberPage.getByTestId('roster-list').getByText('Marta Veselá (ZŠ)')).toBeVisible();
  await expect(memberPage.getByText('Seznam členů upravuje koordinátor.')).toBeVisible();
  await expect(memberPage.getByRole('button', { name: /Přejmenovat|Odebrat/ })).toHaveCount(0);
  await expect(memberPage.getByLabel('Jméno a příjmení')).toHaveCount(0);
  await jana.createMeeting(`Schůzka se seznamem ${test.info().project.name}`, '2031-04-02');
  const marta = memberPage.getByRole('checkbox', { name: 'Marta Veselá (ZŠ)' });
  await marta.check();
  await expect(memberPage.getByRole('checkbox', { name: 'Jana Nováková' })).not.toBeChecked();
  const key = decodeURIComponent(new URL(memberPage.url()).pathname.split('/').pop() ?? '');
  await jana.expectSynced();
  await expect
    .poll(async () => (await serverDoc(setup.db, `attendance:${key}:marta-vesela`))?.present, {
      timeout: 20_000,
    })
    .toBe(true);
  await memberContext.close();
});
