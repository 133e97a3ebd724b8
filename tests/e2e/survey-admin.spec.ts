import { expect, test } from './fixtures';
import { E2E_ADMIN, E2E_ORIGIN } from './e2e.env';
import { serverDoc, serverDocs, setUpGroup, type GroupSetup } from './groups.admin';
import { MembersPage } from './pages/members.page';
import { SurveyAdminPage } from './pages/survey-admin.page';

/**
 * The coordinator builds and publishes a survey by keyboard only, sees its results and
 * attaches them to an activity's monitoring as evidence (issue 16). Answers are written as
 * the server's admin (what POST /api/surveys/…/answers stores; that endpoint has its own tests).
 */
let setup: GroupSetup;
const YEAR = 2026;
/** Next year's last day: within the years the validation accepts, whenever the test runs. */
const CLOSES = `${new Date().getFullYear() + 1}-12-31`;
const adminAuth = `Basic ${Buffer.from(`${E2E_ADMIN.user}:${E2E_ADMIN.password}`).toString('base64')}`;

async function adminBulk(db: string, docs: object[]): Promise<void> {
  const response = await fetch(`${E2E_ORIGIN}/db/${db}/_bulk_docs`, {
    method: 'POST',
    headers: { authorization: adminAuth, 'content-type': 'application/json' },
    body: JSON.stringify({ docs }),
  });
  const results = (await response.json()) as { error?: string }[];
  expect(results.filter((r) => r.error)).toEqual([]);
}

/** One activity with its opened monitoring: enough for the evidence. */
async function seedPlan(): Promise<void> {
  const by = setup.coordinator.name;
  const stamp = {
    createdBy: by,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedBy: by,
    updatedAt: '2026-01-10T09:00:00.000Z',
  };
  await adminBulk(`orp-${setup.orp}-plan`, [
    {
      _id: 'plan',
      type: 'plan',
      orp: setup.orp,
      fromYear: 2026,
      toYear: 2028,
      texts: { '2026': { title: 'Plán 2026–2028' } },
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
      decidedAt: stamp.createdAt,
      texts: { '2026': { title: 'Terénní služby' } },
      ...stamp,
    },
    {
      _id: 'activity:1.1.1',
      type: 'activity',
      measureId: 'measure:1.1',
      number: '1.1.1',
      group: setup.group,
      responsibleOrganisation: 'Charita',
      partners: [],
      targetGroups: [],
      serviceIds: [],
      fundingSources: [],
      indicators: [],
      timeline: { fromYear: 2026, toYear: 2028 },
      texts: { '2026': { title: 'Odlehčovací služba' } },
      ...stamp,
    },
    {
      _id: `monitoring:${YEAR}:1.1.1`,
      type: 'monitoring',
      activityId: 'activity:1.1.1',
      year: YEAR,
      group: setup.group,
      comment: '',
      indicatorValues: [],
      evidence: [],
      approved: false,
      ...stamp,
    },
  ]);
}

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  setup = await setUpGroup();
  await seedPlan();
});

test('a coordinator builds and publishes a survey by keyboard, sees its results and attaches them to an activity', async ({
  page,
}) => {
  test.slow();
  const coordinator = setup.coordinator;
  await new MembersPage(page).signInOk(coordinator.name, coordinator.password);
  const surveys = new SurveyAdminPage(page, setup.orp);

  await page.goto(`/plan/${setup.orp}/ankety`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ankety a průzkumy potřebnosti' }),
  ).toBeVisible();
  await surveys.expectSynced();
  await surveys.expectNoAxeViolations();
  await surveys.press(surveys.button('Nová anketa'));
  await expect(page.getByRole('heading', { level: 1, name: /^Anketa:/ })).toBeVisible();
  const key = page.url().split('/').pop()!;

  await surveys.type(page.getByLabel('Název'), 'Potřeba odlehčovací služby');
  await surveys.type(page.getByLabel(/^Účel/), 'Zjistit, kolik rodin potřebuje odlehčení.');
  // A date field's typing order follows the browser's locale; fill sets the day itself.
  await surveys.tabTo(page.getByLabel('Uzavřít dne'));
  await page.getByLabel('Uzavřít dne').fill(`${CLOSES}`);
  // Question 1: one choice with two options.
  await surveys.tabTo(page.getByLabel('Druh nové otázky'));
  await page.keyboard.press('Home');
  await surveys.press(surveys.button('Přidat'));
  await expect(page.getByLabel('Text otázky')).toBeFocused();
  await page.keyboard.type('Pečujete o blízkého?');
  await surveys.type(page.getByLabel('Možnost 1', { exact: true }), 'Ano');
  await surveys.type(page.getByLabel('Možnost 2', { exact: true }), 'Ne');
  // Question 2: a 1–5 scale, then moved above the first with "Nahoru".
  await page.getByLabel('Druh nové otázky').selectOption('scale');
  await surveys.press(surveys.button('Přidat'));
  await page.keyboard.type('Jak jste spokojeni s dostupností služeb?');
  await surveys.press(surveys.button('Posunout otázku 2 nahoru'));
  await expect(
    page.getByRole('status').filter({ hasText: 'Otázka je teď 1. v pořadí.' }),
  ).toBeAttached();
  await expect(page.getByTestId('question-editor').first()).toContainText('škála 1–5');
  await expect(page.getByTestId('draft-bar')).toBeVisible();
  await surveys.expectNoAxeViolations();

  // Try it as a respondent: a required answer is asked for, nothing is stored.
  await surveys.press(surveys.button('Vyzkoušet'));
  await expect(page.getByTestId('survey-tryout')).toBeVisible();
  await surveys.press(surveys.button('Odeslat (nic se neuloží)'));
  await expect(page.getByTestId('survey-tryout').getByText('Hotovo.')).toBeVisible();
  await surveys.expectNoAxeViolations();
  await surveys.press(surveys.button('Ukončit vyzkoušení'));

  await surveys.press(surveys.button('Zveřejnit'));
  await expect(page.getByTestId('survey-message')).toHaveText('Anketa je zveřejněná.');
  await expect(page.getByTestId('survey-status')).toContainText('zveřejněná');
  await expect(page.getByTestId('survey-locked')).toBeVisible();
  await expect(page.getByTestId('survey-public-link')).toHaveText(
    `${E2E_ORIGIN}/ankety/${setup.orp}/${key}`,
  );
  await expect(page.getByTestId('survey-qr').locator('svg')).toBeVisible();
  // Published: no reordering or removing any more.
  await expect(surveys.button(/Posunout otázku/)).toHaveCount(0);
  await surveys.expectNoAxeViolations();
  const stored = await serverDoc(`orp-${setup.orp}-surveys`, `survey:${key}`);
  expect(stored).toMatchObject({
    status: 'published',
    title: 'Potřeba odlehčovací služby',
    closes: CLOSES,
    questions: [
      { id: 'q2', kind: 'scale', text: 'Jak jste spokojeni s dostupností služeb?' },
      {
        id: 'q1',
        kind: 'single',
        options: [
          { id: 'o1', label: 'Ano' },
          { id: 'o2', label: 'Ne' },
        ],
      },
    ],
  });

  // Three answers arrive (as sync-server stores them).
  const answer = (n: number, q1: string, q2: number) => ({
    _id: `answer:${key}:e2e${n}`,
    type: 'survey-answer',
    survey: key,
    channel: 'public',
    answers: { q1, q2 },
    receivedOn: '2026-05-01',
  });
  await adminBulk(`orp-${setup.orp}-survey-answers`, [
    answer(1, 'o1', 2),
    answer(2, 'o1', 4),
    answer(3, 'o2', 5),
  ]);

  await surveys.press(page.getByRole('link', { name: 'Výsledky' }));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Výsledky: Potřeba odlehčovací služby' }),
  ).toBeVisible();
  await expect(page.getByTestId('respondents')).toHaveText('3 respondenti');
  const choice = page.getByRole('table', { name: 'Odpovědi na otázku: Pečujete o blízkého?' });
  await expect(choice.getByRole('row', { name: /Ano/ })).toContainText('2');
  await expect(choice.getByRole('row', { name: /Ano/ })).toContainText(/67\s%/);
  await expect(page.getByText('Průměr: 3,67')).toBeVisible();
  await expect(
    page.getByRole('img', { name: /Sloupcový graf: Pečujete o blízkého\?/ }),
  ).toBeVisible();
  await surveys.expectNoAxeViolations();

  // Attach the result to the activity's monitoring.
  await surveys.tabTo(page.getByLabel('Aktivita'));
  await page.getByLabel('Aktivita').selectOption('activity:1.1.1');
  await page.getByLabel('Rok monitoringu').selectOption(String(YEAR));
  await surveys.press(surveys.button('Připojit'));
  await expect(
    page.getByText('Výsledek je připojen jako doklad k monitoringu aktivity.'),
  ).toBeVisible();
  await expect
    .poll(
      async () =>
        (
          (await serverDoc(`orp-${setup.orp}-plan`, `monitoring:${YEAR}:1.1.1`)) as {
            evidence?: unknown[];
          }
        )?.evidence,
      { timeout: 20_000 },
    )
    .toEqual([
      {
        kind: 'survey',
        db: `orp-${setup.orp}-surveys`,
        ref: `survey:${key}`,
        label: 'Anketa „Potřeba odlehčovací služby“: 3 respondenti',
      },
    ]);
  expect(await serverDocs(`orp-${setup.orp}-surveys`, 'survey:')).toHaveLength(1);
});
