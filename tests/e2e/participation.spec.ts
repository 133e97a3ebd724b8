import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expect, test } from './fixtures';
import { E2E_ADMIN, E2E_ORIGIN } from './e2e.env';
import { serverDocs, setUpGroup, type GroupSetup } from './groups.admin';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let setup: GroupSetup;
const SOON = new Date(Date.now() + 10 * 24 * 3600_000).toISOString().slice(0, 10);

async function axe(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** Tab until the control has focus, as a keyboard user reaches it. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

async function openPublicPage(page: Page): Promise<void> {
  await page.goto(`/o-planovani/${setup.orp}`);
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(setup.orp.slice(1)) }),
  ).toBeVisible({
    timeout: 30_000,
  });
}

test.beforeAll(async () => {
  setup = await setUpGroup();
  const who = setup.members[0];
  if (!who) throw new Error('no member');
  const at = new Date().toISOString();
  const put = (key: string, extra: Record<string, unknown>) =>
    fetch(`${E2E_ORIGIN}/db/${setup.db}/meeting:${key}`, {
      method: 'PUT',
      headers: {
        authorization: `Basic ${Buffer.from(`${who.name}:${who.password}`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        _id: `meeting:${key}`,
        type: 'meeting',
        date: SOON,
        status: 'draft',
        createdBy: who.name,
        createdAt: at,
        updatedBy: who.name,
        updatedAt: at,
        ...extra,
      }),
    });
  const open = await put(`${SOON}-pub1`, {
    title: 'Veřejné setkání o péči',
    time: '17:30',
    place: 'Knihovna',
    public: true,
  });
  const closed = await put(`${SOON}-int1`, { title: 'Interní porada skupiny' });
  expect([open.status, closed.status]).toEqual([201, 201]);
});

test('the public page lists the public meeting and its .ics downloads by keyboard', async ({
  page,
}) => {
  await openPublicPage(page);
  const meetings = page.locator('section', {
    has: page.getByRole('heading', { name: 'Nejbližší veřejná setkání' }),
  });
  await expect(meetings).toContainText('Veřejné setkání o péči');
  await expect(meetings).toContainText(`Pracovní skupina: ${setup.groupName}`);
  await expect(meetings).toContainText('Místo: Knihovna');
  await expect(meetings).not.toContainText('Interní porada');
  await axe(page);

  const link = page.getByRole('link', { name: /Stáhnout veřejná setkání do kalendáře/ });
  await tabTo(page, link);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toBe(`${setup.orp}-verejna-setkani.ics`);
  const text = await readFile(await download.path(), 'utf8');
  const events = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.summary)).toEqual(['Veřejné setkání o péči']);
  expect(events[0]?.location).toBe('Knihovna');
  expect(events[0]?.startDate.toString()).toBe(`${SOON}T17:30:00`);
  expect(text).not.toContain('Interní porada');
});

test('a joining request is sent by keyboard and the coordinator accepts it', async ({ page }) => {
  test.slow();
  const person = `Marie Kolářová ${Date.now().toString(36)}`;
  await openPublicPage(page);
  await tabTo(page, page.getByLabel('Pracovní skupina'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Pracovní skupina')).toHaveValue(setup.group);
  await page.keyboard.press('Tab');
  await page.keyboard.type(person);
  await page.keyboard.press('Tab');
  await page.keyboard.type('marie@example.cz');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ráda pomohu s dobrovolníky.');
  // Sending without consent is refused with a reason, nothing typed is lost.
  await tabTo(page, page.getByRole('button', { name: 'Odeslat žádost' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Bez souhlasu');
  await expect(page.getByLabel('Jméno a příjmení')).toHaveValue(person);
  await axe(page);
  await tabTo(page, page.getByRole('checkbox', { name: /Souhlasím/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Odeslat žádost' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'žádost je odeslaná' })).toBeFocused();
  await axe(page);

  // The coordinator signs in and accepts it.
  await page.goto('/prihlaseni');
  await tabTo(page, page.getByLabel('Uživatelské jméno'));
  await page.keyboard.type(setup.coordinator.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(setup.coordinator.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Moje skupiny' })).toBeVisible();
  await page.goto(`/plan/${setup.orp}/zajemci`);
  await expect(page.getByRole('heading', { level: 2, name: person })).toBeVisible();
  await expect(page.getByText('Kontakt: marie@example.cz')).toBeVisible();
  await axe(page);
  await tabTo(page, page.getByRole('button', { name: `Přijmout: ${person}` }));
  await page.keyboard.press('Enter');
  const accepted = page.getByTestId('join-accepted');
  await expect(accepted).toBeFocused();
  await expect(page.getByText('Žádné nevyřízené žádosti.')).toBeVisible();
  const userName = (await accepted.locator('dd code').first().textContent()) ?? '';
  expect(userName).toMatch(/^marie\.kolarova/);
  await axe(page);

  // What the server holds: the account with the group's role, and no request any more.
  const auth = `Basic ${Buffer.from(`${E2E_ADMIN.user}:${E2E_ADMIN.password}`).toString('base64')}`;
  const account = (await (
    await fetch(`${E2E_ORIGIN}/db/_users/org.couchdb.user:${userName}`, {
      headers: { authorization: auth },
    })
  ).json()) as { roles: string[] };
  expect(account.roles.sort()).toEqual([
    `orp:${setup.orp}:group:${setup.group}`,
    `orp:${setup.orp}:member`,
  ]);
  expect(await serverDocs(`orp-${setup.orp}-join-requests`, 'join-request:')).toEqual([]);
});
