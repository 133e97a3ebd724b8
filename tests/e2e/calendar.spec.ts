import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { E2E_ORIGIN } from './e2e.env';
import { serverDoc, setUpGroup, type GroupSetup } from './groups.admin';
import { CalendarPage, MeetingDetailsForm } from './pages/calendar.page';
import { MembersPage } from './pages/members.page';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let setup: GroupSetup;
const UPCOMING = { key: '2031-05-06-kal1', title: 'Kalendářní schůzka', date: '2031-05-06' };
const PAST = { key: '2020-01-15-kal2', title: 'Loňská schůzka', date: '2020-01-15' };

function member(i: number) {
  const m = setup.members[i];
  if (!m) throw new Error('no member');
  return m;
}

async function seedMeeting(m: { key: string; title: string; date: string }): Promise<void> {
  const who = member(0);
  const at = new Date().toISOString();
  const response = await fetch(`${E2E_ORIGIN}/db/${setup.db}/meeting:${m.key}`, {
    method: 'PUT',
    headers: {
      authorization: `Basic ${Buffer.from(`${who.name}:${who.password}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      _id: `meeting:${m.key}`,
      type: 'meeting',
      title: m.title,
      date: m.date,
      time: '14:00',
      place: 'Radnice',
      status: 'draft',
      createdBy: who.name,
      createdAt: at,
      updatedBy: who.name,
      updatedAt: at,
    }),
  });
  if (response.status !== 201) throw new Error(`seed ${m.key}: ${response.status}`);
}

test.beforeAll(async () => {
  setup = await setUpGroup();
  await seedMeeting(UPCOMING);
  await seedMeeting(PAST);
});

test('the calendar lists meetings by month, links them, and gives a working subscription link', async ({
  page,
}) => {
  const members = new MembersPage(page);
  const calendar = new CalendarPage(page);
  const jana = member(0);
  await members.signInOk(jana.name, jana.password);
  await members.openGroup(setup.groupName);
  await members.expectSynced();

  await calendar.openFromNav();
  const may = calendar.month('Květen 2031');
  await expect(may.getByRole('link', { name: UPCOMING.title })).toBeVisible();
  await expect(may).toContainText('úterý 6. května, 14:00 · Radnice');
  await expect(may).toContainText(`skupina ${setup.groupName}`);
  await expect(calendar.month('Leden 2020').getByRole('link', { name: PAST.title })).toBeVisible();
  await expect(page.getByText('Odkaz je tajný')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);

  const links = await calendar.createFeedLink();
  expect(links.https).toMatch(new RegExp(`^${E2E_ORIGIN}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
  expect(links.webcal).toBe(links.https.replace(/^http:/, 'webcal:'));
  await expect(page.getByRole('link', { name: 'Otevřít v kalendářové aplikaci' })).toHaveAttribute(
    'href',
    links.webcal,
  );
  expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);

  const feed = await fetch(links.https);
  expect(feed.status).toBe(200);
  expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const text = await feed.text();
  expect(text).toContain(`SUMMARY:${UPCOMING.title}`);
  expect(text).toContain(`SUMMARY:${PAST.title}`);

  // A new link replaces the old one at once.
  const replaced = await calendar.createFeedLink();
  expect(replaced.https).not.toBe(links.https);
  expect((await fetch(links.https)).status).toBe(404);
  expect((await fetch(replaced.https)).status).toBe(200);

  await may.getByRole('link', { name: UPCOMING.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: UPCOMING.title })).toBeVisible();
});

test('meeting details are edited with clear messages, and locked once the minutes are approved', async ({
  page,
  browser,
}) => {
  const members = new MembersPage(page);
  const form = new MeetingDetailsForm(page);
  const petr = member(1);
  await members.signInOk(petr.name, petr.password);
  await members.openGroup(setup.groupName);
  await page.getByRole('link', { name: UPCOMING.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: UPCOMING.title })).toBeVisible();

  await form.editButton().click();
  await expect(form.title()).toBeFocused();
  await form.title().fill('   ');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Vyplňte prosím název schůzky.')).toBeVisible();
  await expect(form.title()).toHaveAttribute('aria-invalid', 'true');
  await expect(form.title()).toBeFocused();
  await expect(page.getByText('Údaje nejsou uložené.')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);

  await form.title().fill('Přesunutá schůzka');
  await form.date().fill('2031-06-10');
  await form.time().fill('09:15');
  await form.place().fill('Komunitní centrum');
  await form.save();
  await expect(page.getByText('Údaje o schůzce jsou uložené.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Přesunutá schůzka' })).toBeVisible();
  await expect(page.getByText('úterý 10. června 2031 v 09:15')).toBeVisible();
  await expect(form.editButton()).toBeFocused();
  await members.expectSynced();
  await expect
    .poll(async () => {
      const doc = await serverDoc(setup.db, `meeting:${UPCOMING.key}`);
      return [doc?.title, doc?.date, doc?.time, doc?.place].join('|');
    })
    .toBe('Přesunutá schůzka|2031-06-10|09:15|Komunitní centrum');

  // The coordinator approves; the member's edit control goes away.
  const coordinatorContext = await browser.newContext();
  const coordinatorPage = await coordinatorContext.newPage();
  const coordinator = new MembersPage(coordinatorPage);
  await coordinator.signInOk(setup.coordinator.name, setup.coordinator.password);
  await coordinatorPage.goto(`/skupiny/${setup.db}/schuzka/${UPCOMING.key}`);
  await coordinatorPage.getByRole('button', { name: 'Schválit zápis' }).click();
  await expect(coordinatorPage.getByTestId('meeting-status')).toHaveText('schváleno');
  await expect(page.getByTestId('meeting-status')).toHaveText('schváleno', { timeout: 20_000 });
  await expect(form.editButton()).toHaveCount(0);
  await coordinatorContext.close();
});
