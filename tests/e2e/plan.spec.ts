import { expect, test } from './fixtures';
import { E2E_ADMIN, E2E_ORIGIN } from './e2e.env';
import { serverDoc, setUpGroup, type GroupSetup } from './groups.admin';
import { MembersPage } from './pages/members.page';
import { PlanPage } from './pages/plan.page';
import { ServicePage } from './pages/service.page';
import { openMenu } from './pages/header.page';

let setup: GroupSetup;
const YEAR = 2026;
/** A demo catalogue service that activity 1.1.1 develops. */
const SERVICE = 'service:demo-pecovatelska-sluzba-cesky-krumlov';
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const adminAuth = basic(E2E_ADMIN.user, E2E_ADMIN.password);
const planDb = () => `orp-${setup.orp}-plan`;

/** A small plan written over HTTP as the admin: as a coordinator (or the import) would. */
async function seedPlan(): Promise<void> {
  const by = setup.coordinator.name;
  const at = '2026-01-10T09:00:00.000Z';
  const stamp = { createdBy: by, createdAt: at, updatedBy: by, updatedAt: at };
  const activity = (code: string, group: string, title: string, serviceIds: string[] = []) => ({
    _id: `activity:${code}`,
    type: 'activity',
    measureId: 'measure:1.1',
    number: code,
    group,
    responsibleOrganisation: 'Charita Český Krumlov',
    partners: ['Město'],
    targetGroups: ['seniori'],
    serviceIds,
    fundingSources: ['rozpočet města'],
    indicators: [{ id: 'klienti', name: 'Počet klientů', unit: 'klientů', target: 40 }],
    timeline: { fromYear: 2026, toYear: 2028, note: 'průběžně' },
    texts: { '2026': { title, description: `Popis: ${title}` } },
    ...stamp,
  });
  const monitoring = (code: string, group: string) => ({
    _id: `monitoring:${YEAR}:${code}`,
    type: 'monitoring',
    activityId: `activity:${code}`,
    year: YEAR,
    group,
    comment: '',
    indicatorValues: [],
    evidence: [],
    approved: false,
    ...stamp,
  });
  const docs = [
    {
      _id: 'plan',
      type: 'plan',
      orp: setup.orp,
      fromYear: 2026,
      toYear: 2028,
      texts: { '2026': { title: 'Plán 2026–2028', vision: 'Dostupné služby pro každého.' } },
      ...stamp,
    },
    {
      _id: 'priority:1',
      type: 'priority',
      number: '1',
      order: 1,
      texts: { '2026': { title: 'Senioři doma' } },
      ...stamp,
    },
    {
      _id: 'measure:1.1',
      type: 'measure',
      priorityId: 'priority:1',
      number: '1.1',
      status: 'approved',
      decidedBy: by,
      decidedAt: at,
      texts: { '2026': { title: 'Rozvoj terénních služeb' } },
      ...stamp,
    },
    activity('1.1.1', setup.group, 'Pečovatelská služba o víkendech', [SERVICE]),
    activity('1.1.2', 'deti', 'Nízkoprahový klub'),
    activity('1.1.3', setup.group, 'Senior taxi'),
    monitoring('1.1.1', setup.group),
    monitoring('1.1.2', 'deti'),
    monitoring('1.1.3', setup.group),
  ];
  const response = await fetch(`${E2E_ORIGIN}/db/${planDb()}/_bulk_docs`, {
    method: 'POST',
    headers: { authorization: adminAuth, 'content-type': 'application/json' },
    body: JSON.stringify({ docs }),
  });
  const results = (await response.json()) as { error?: string; reason?: string }[];
  expect(results.filter((r) => r.error)).toEqual([]);
}

// Two browsers, offline and online, several syncs: longer than one page's flow.
test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  setup = await setUpGroup();
  await seedPlan();
});

function member() {
  const m = setup.members[0];
  if (!m) throw new Error('no member');
  return m;
}

test('a member fills in monitoring offline; it syncs; the coordinator approves and it locks', async ({
  page,
  context,
  browser,
}) => {
  const jana = member();
  await new MembersPage(page).signInOk(jana.name, jana.password);
  await openMenu(page);
  await page.getByRole('link', { name: 'Plán', exact: true }).first().click();
  const plan = new PlanPage(page, setup.orp);
  await expect(page.getByRole('heading', { level: 1, name: /Komunitní plán/ })).toBeVisible();
  await plan.expectSynced();
  await expect(page.getByTestId('plan-activity')).toHaveCount(3);
  await plan.expectNoAxeViolations();

  // Filter by the owning group, then by status.
  await page.getByLabel('Pracovní skupina').selectOption(setup.group);
  await expect(page.getByTestId('plan-activity')).toHaveCount(2);
  await page.getByLabel('Stav monitoringu').selectOption('splneno');
  await expect(page.getByTestId('plan-activity')).toHaveCount(0);
  await page.getByLabel('Stav monitoringu').selectOption('');

  await page.getByRole('link', { name: /Aktivita 1\.1\.1/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Aktivita 1\.1\.1/ })).toBeVisible();
  await expect(page.getByText('Charita Český Krumlov')).toBeVisible();
  await plan.expectNoAxeViolations();
  await page.getByRole('link', { name: `Vyplnit monitoring za rok ${YEAR}` }).click();
  await expect(plan.monitoringForm).toBeVisible();
  await plan.expectNoAxeViolations();

  await context.setOffline(true);
  await plan.status('plní se průběžně').check();
  await page.getByLabel('Komentář').fill('Služba běží od března, o víkendech 2 pečovatelky.');
  await page.getByLabel(/Počet klientů/).fill('25');
  await page.getByLabel('Odkaz (adresa http/https)').fill('https://example.org/zprava-2026');
  await page.getByLabel('Popis odkazu').fill('Výroční zpráva');
  await page.getByRole('button', { name: 'Přidat odkaz' }).click();
  await plan.save();
  await expect(plan.syncStatus).toContainText('Offline');
  await expect(plan.syncStatus).toContainText('čeká na odeslání');

  await context.setOffline(false);
  await plan.expectSynced();
  const id = `monitoring:${YEAR}:1.1.1`;
  const stored = await serverDoc(planDb(), id);
  expect(stored).toMatchObject({
    status: 'plni-se-prubezne',
    comment: 'Služba běží od března, o víkendech 2 pečovatelky.',
    indicatorValues: [{ indicatorId: 'klienti', value: 25 }],
    evidence: [{ kind: 'link', url: 'https://example.org/zprava-2026', label: 'Výroční zpráva' }],
    approved: false,
    updatedBy: jana.name,
  });

  // Another group's activity: readable, not editable.
  await plan.openMonitoring('1.1.2', YEAR);
  await expect(plan.monitoringForm).toHaveCount(0);
  await expect(page.getByText(/vy ho můžete jen číst/)).toBeVisible();

  // The coordinator approves in their own browser.
  const coordContext = await browser.newContext();
  const coordPage = await coordContext.newPage();
  await new MembersPage(coordPage).signInOk(setup.coordinator.name, setup.coordinator.password);
  const coordPlan = new PlanPage(coordPage, setup.orp);
  await coordPlan.openMonitoring('1.1.1', YEAR);
  await coordPlan.expectSynced();
  await expect(coordPage.getByRole('radio', { name: 'plní se průběžně' })).toBeChecked();
  await coordPage.getByRole('button', { name: 'Schválit a uzamknout' }).click();
  await expect(coordPage.getByTestId('monitoring-locked')).toBeVisible();
  await expect(coordPage.getByTestId('monitoring-locked')).toContainText(
    `schválil(a) ${setup.coordinator.name}`,
  );
  await expect(coordPage.getByRole('button', { name: 'Znovu otevřít' })).toBeVisible();
  // Approved reads as a record for the coordinator too: no form until reopened.
  await expect(coordPlan.monitoringForm).toHaveCount(0);
  await coordPlan.expectNoAxeViolations();
  await coordPlan.expectSynced();
  await expect
    .poll(async () => (await serverDoc(planDb(), id))?.approved, { timeout: 20_000 })
    .toBe(true);
  await coordContext.close();

  // The member sees it locked, and the server refuses their edit too.
  await plan.openMonitoring('1.1.1', YEAR);
  await expect(page.getByTestId('monitoring-locked')).toBeVisible({ timeout: 20_000 });
  await expect(plan.monitoringForm).toHaveCount(0);
  const current = await serverDoc(planDb(), id);
  const refused = await fetch(`${E2E_ORIGIN}/db/${planDb()}/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { authorization: basic(jana.name, jana.password), 'content-type': 'application/json' },
    body: JSON.stringify({ ...current, comment: 'přepsáno', updatedBy: jana.name }),
  });
  expect(refused.status).toBe(403);
});

test("a service's page shows members the plan activities that develop it, and the public nothing", async ({
  page,
  browser,
}) => {
  const jana = member();
  await new MembersPage(page).signInOk(jana.name, jana.password);
  const plan = new PlanPage(page, setup.orp);
  await plan.openPlan();
  await plan.expectSynced();
  await new ServicePage(page).goto(SERVICE);
  const section = page.getByTestId('service-plan-activities');
  await expect(
    section.getByRole('heading', { name: 'V plánu rozvoje sociálních služeb' }),
  ).toBeVisible();
  await expect(section.getByRole('link')).toHaveCount(1);
  await plan.expectNoAxeViolations();
  await section
    .getByRole('link', { name: 'Aktivita 1.1.1: Pečovatelská služba o víkendech' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Aktivita 1\.1\.1/ })).toBeVisible();
  // And back: the activity names the service (from the catalogue on the device).
  await expect(page.getByRole('link', { name: 'Pečovatelská služba Český Krumlov' })).toBeVisible();

  const publicContext = await browser.newContext();
  const publicPage = await publicContext.newPage();
  await new ServicePage(publicPage).goto(SERVICE);
  await expect(publicPage.getByTestId('service-plan-activities')).toHaveCount(0);
  await publicContext.close();
});

test('the monitoring form works by keyboard alone', async ({ page }) => {
  const jana = member();
  await new MembersPage(page).signInOk(jana.name, jana.password);
  const plan = new PlanPage(page, setup.orp);
  await plan.openMonitoring('1.1.3', YEAR);
  await plan.expectSynced();
  await expect(plan.monitoringForm).toBeVisible();

  await plan.tabTo((el) => el.id === 'st-splneno');
  await page.keyboard.press('ArrowDown'); // moves to and checks "plní se průběžně"
  await page.keyboard.press('ArrowDown'); // "částečně splněno"
  await plan.tabTo((el) => el.id === 'm-comment');
  await page.keyboard.type('Taxi jezdí dvakrát týdně.');
  await plan.tabTo((el) => el.id === 'iv-klienti');
  await page.keyboard.type('12');
  await plan.tabTo((el) => el.tag === 'BUTTON' && el.text === 'Uložit monitoring');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Uloženo v zařízení; odešle se při synchronizaci.')).toBeVisible();
  await plan.expectSynced();
  const stored = await serverDoc(planDb(), `monitoring:${YEAR}:1.1.3`);
  expect(stored).toMatchObject({
    status: 'castecne-splneno',
    comment: 'Taxi jezdí dvakrát týdně.',
    indicatorValues: [{ indicatorId: 'klienti', value: 12 }],
  });
});

test('action plan, measure proposals and the other plan pages pass axe', async ({
  page,
  browser,
}) => {
  const jana = member();
  // The member proposes a measure.
  await new MembersPage(page).signInOk(jana.name, jana.password);
  const plan = new PlanPage(page, setup.orp);
  await page.goto(`/plan/${setup.orp}/opatreni`);
  await expect(page.getByRole('heading', { level: 1, name: 'Návrhy opatření' })).toBeVisible();
  await plan.expectSynced();
  await page.getByLabel('Priorita').selectOption({ index: 1 });
  await page.getByLabel('Číslo opatření').fill('1.2');
  await page.getByLabel('Název opatření').fill('Sdílená odlehčovací služba');
  await page.getByRole('button', { name: 'Navrhnout opatření' }).click();
  await expect(page.getByText('Návrh je uložen a čeká na rozhodnutí.')).toBeVisible();
  await expect(page.getByTestId('proposal')).toContainText(`Navrhl(a) ${jana.name}`);
  await plan.expectSynced();
  await plan.expectNoAxeViolations();
  await page.goto('/plan');
  await expect(page.getByRole('heading', { level: 1, name: 'Plány' })).toBeVisible();
  await plan.expectNoAxeViolations();
  await page.goto(`/plan/${setup.orp}/konflikty`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Souběžné úpravy plánu' }),
  ).toBeVisible();
  await plan.expectNoAxeViolations();

  // The coordinator approves it with a note and builds next year's action plan.
  const coordContext = await browser.newContext();
  const coordPage = await coordContext.newPage();
  await new MembersPage(coordPage).signInOk(setup.coordinator.name, setup.coordinator.password);
  const coord = new PlanPage(coordPage, setup.orp);
  await coordPage.goto(`/plan/${setup.orp}/opatreni`);
  await coord.expectSynced();
  await coordPage.getByLabel('Poznámka k rozhodnutí').fill('Schváleno řídicí skupinou.');
  await coordPage.getByRole('button', { name: 'Schválit opatření' }).click();
  await expect(coordPage.getByTestId('proposal')).toContainText(
    `Rozhodl(a) ${setup.coordinator.name}`,
  );
  await coord.expectNoAxeViolations();

  await coordPage.goto(`/plan/${setup.orp}/akcni-plan/${YEAR + 1}`);
  await expect(
    coordPage.getByRole('heading', { level: 1, name: `Akční plán na rok ${YEAR + 1}` }),
  ).toBeVisible();
  await coord.expectSynced();
  await coordPage.getByRole('button', { name: 'Zařadit aktivitu 1.1.1 do akčního plánu' }).click();
  await coordPage.getByLabel('Plánované kroky (každý na vlastní řádek)').fill('Nábor\nZahájení');
  await coordPage.getByLabel('Rozpočet (Kč)').fill('120000');
  await coordPage.getByLabel('Zdroj financování').fill('dotace kraje');
  await coordPage.getByLabel('Termín').fill(`${YEAR + 1}-06-30`);
  await coordPage.getByRole('button', { name: 'Uložit položku akčního plánu' }).click();
  await expect(
    coordPage.getByText('Uloženo v zařízení; odešle se při synchronizaci.'),
  ).toBeVisible();
  await coord.expectNoAxeViolations();
  await coord.expectSynced();
  await expect
    .poll(async () => (await serverDoc(planDb(), `action:${YEAR + 1}:1.1.1`))?.budget, {
      timeout: 20_000,
    })
    .toEqual({ amount: 120000, fundingSource: 'dotace kraje' });
  await coordContext.close();
});
