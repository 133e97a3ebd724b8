import { expect, test } from './fixtures';
import { E2E_ADMIN, E2E_ORIGIN } from './e2e.env';
import { setUpGroup, type GroupSetup } from './groups.admin';
import { MembersPage } from './pages/members.page';
import { PlanReportPage } from './pages/plan-report.page';
import { pdfPageTexts, readDocx } from './documents.support';

/**
 * The change view and the yearly report over a small plan seeded over HTTP (known counts):
 * monitoring 2026, texts updated for 2027, action plan 2027.
 */
let setup: GroupSetup;
const adminAuth = `Basic ${Buffer.from(`${E2E_ADMIN.user}:${E2E_ADMIN.password}`).toString('base64')}`;

async function seedPlan(): Promise<void> {
  const by = setup.coordinator.name;
  const at = '2026-01-10T09:00:00.000Z';
  const stamp = { createdBy: by, createdAt: at, updatedBy: by, updatedAt: at };
  const priority = (n: string, title: string) => ({
    _id: `priority:${n}`,
    type: 'priority',
    number: n,
    order: Number(n),
    texts: { '2026': { title } },
    ...stamp,
  });
  const measure = (n: string, title: string, status = 'approved') => ({
    _id: `measure:${n}`,
    type: 'measure',
    priorityId: `priority:${n.split('.')[0]}`,
    number: n,
    status,
    ...(status === 'approved'
      ? { decidedBy: by, decidedAt: at }
      : { proposedBy: by, proposedAt: at, proposedByGroup: setup.group }),
    texts: { '2026': { title } },
    ...stamp,
  });
  const activity = (n: string, texts: Record<string, Record<string, string>>) => ({
    _id: `activity:${n}`,
    type: 'activity',
    measureId: `measure:${n.split('.').slice(0, 2).join('.')}`,
    number: n,
    group: setup.group,
    responsibleOrganisation: 'Charita Český Krumlov',
    partners: [],
    targetGroups: ['seniori'],
    serviceIds: [],
    fundingSources: ['rozpočet města'],
    indicators: [{ id: 'klienti', name: 'Počet klientů', unit: 'klientů', target: 40 }],
    timeline: { fromYear: 2026, toYear: 2028 },
    texts,
    ...stamp,
  });
  const monitoring = (n: string, status: string | undefined, comment = '') => ({
    _id: `monitoring:2026:${n}`,
    type: 'monitoring',
    activityId: `activity:${n}`,
    year: 2026,
    group: setup.group,
    ...(status ? { status } : {}),
    comment,
    indicatorValues: status ? [{ indicatorId: 'klienti', value: 32 }] : [],
    evidence: [],
    approved: false,
    ...stamp,
  });
  const action = (n: string, amount: number, fundingSource: string) => ({
    _id: `action:2027:${n}`,
    type: 'action-plan-item',
    activityId: `activity:${n}`,
    year: 2027,
    group: setup.group,
    steps: ['Najmout pečovatelku', 'Zajistit auto'],
    budget: { amount, fundingSource },
    responsible: 'Odbor sociálních věcí',
    deadline: '2027-06-30',
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
      projectNumber: 'CZ.03.2.63/0.0/0.0/16_063/0006533',
      texts: {
        '2026': { title: 'Komunitní plán 2026–2028', vision: 'Dostupné služby pro každého.' },
        '2027': { vision: 'Dostupné a provázané služby pro každého.' },
      },
      ...stamp,
    },
    priority('1', 'Senioři doma'),
    priority('2', 'Rodiny s dětmi'),
    measure('1.1', 'Terénní služby'),
    measure('2.1', 'Podpora rodin'),
    measure('2.2', 'Návrh: sdílené auto', 'proposed'),
    activity('1.1.1', {
      '2026': {
        title: 'Pečovatelská služba',
        description: 'Rozšířit pečovatelskou službu o víkendy v Kaplici.',
      },
      '2027': { description: 'Rozšířit pečovatelskou službu o víkendy a svátky.' },
    }),
    activity('1.1.2', { '2026': { title: 'Odlehčovací služba' } }),
    activity('1.1.3', { '2026': { title: 'Senior taxi' } }),
    activity('2.1.1', {
      '2026': { title: 'Klub rodičů' },
      '2027': { title: 'Klub rodičů a prarodičů' },
    }),
    activity('2.1.2', { '2026': { title: 'Rodinné poradenství' } }),
    activity('2.2.1', { '2026': { title: 'Sdílené auto (jen návrh)' } }),
    monitoring('1.1.1', 'splneno', 'Splněno v Kaplici i ve Frymburku.'),
    monitoring('1.1.2', 'nesplneno'),
    monitoring('1.1.3', undefined),
    monitoring('2.1.1', 'plni-se-prubezne'),
    monitoring('2.1.2', 'splneno'),
    monitoring('2.2.1', 'splneno'),
    action('1.1.1', 450_000, 'dotace MPSV'),
    action('2.1.1', 50_000, 'rozpočet města'),
  ];
  const response = await fetch(`${E2E_ORIGIN}/db/orp-${setup.orp}-plan/_bulk_docs`, {
    method: 'POST',
    headers: { authorization: adminAuth, 'content-type': 'application/json' },
    body: JSON.stringify({ docs }),
  });
  const results = (await response.json()) as { error?: string; reason?: string }[];
  expect(results.filter((r) => r.error)).toEqual([]);
}

/** The ORP's name as the admin CLI recorded it (groups.admin.ts: "ORP <suffix>"). */
const orpName = () => `ORP ${setup.orp.slice(1)}`;

test.beforeAll(async () => {
  setup = await setUpGroup();
  await seedPlan();
});

test.beforeEach(async ({ page }) => {
  const member = setup.members[0]!;
  await new MembersPage(page).signInOk(member.name, member.password);
});

test('the change view marks additions and removals in colour and in text', async ({ page }) => {
  test.slow(); // four axe runs: over a minute on a loaded CI machine
  const view = new PlanReportPage(page, setup.orp);
  await view.openChanges(2027);
  await expect(view.legend).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Změnily se 3 texty.' })).toBeVisible();

  const change = view.activityChange('1.1.1');
  const added = change.locator('ins.change--added');
  const removed = change.locator('del.change--removed');
  await expect(added).toHaveCount(1);
  await expect(removed).toHaveCount(1);
  // Text markers: a hidden label for screen readers and visible brackets.
  await expect(added).toHaveText('přidáno: [+a svátky]');
  await expect(removed).toHaveText('odstraněno: [−v Kaplici]');
  await expect(added.locator('.visually-hidden')).toHaveText('přidáno:');
  // Two colours, and non-colour cues (underline, strike-through).
  await expect(added).toHaveCSS('color', 'rgb(10, 71, 160)');
  await expect(removed).toHaveCSS('color', 'rgb(161, 18, 27)');
  await expect(added).toHaveCSS('text-decoration-line', 'underline');
  await expect(removed).toHaveCSS('text-decoration-line', 'line-through');
  await expect(change).toContainText('Rozšířit pečovatelskou službu o víkendy');

  // The vision and a changed title show too; unchanged activities and proposals do not.
  await expect(page.getByRole('heading', { level: 2, name: 'Plán jako celek' })).toBeVisible();
  await expect(view.activityChange('2.1.1').locator('ins')).toContainText('a prarodičů');
  await expect(view.activityChange('1.1.2')).toHaveCount(0);
  await expect(view.activityChange('2.2.1')).toHaveCount(0);

  // Side by side by keyboard: the 2026 column keeps the removal, the 2027 one the addition.
  const sideBySide = page.getByRole('radio', { name: 'Vedle sebe' });
  await view.tabTo(page.getByRole('radio', { name: 'V textu' }));
  await page.keyboard.press('ArrowRight');
  await expect(sideBySide).toBeChecked();
  await expect(change.getByText('Znění 2026')).toBeVisible();
  await expect(change.getByText('Znění 2027')).toBeVisible();
  await expect(change.locator('ins')).toHaveCount(1);
  await expect(change.locator('del')).toHaveCount(1);
  await view.expectNoAxeViolations();

  // Forced colours (Windows high contrast): the text markers stay.
  await page.emulateMedia({ forcedColors: 'active' });
  await expect(change.locator('ins .change__mark').first()).toBeVisible();
  await expect(change.locator('del')).toHaveCSS('text-decoration-line', 'line-through');
  await page.emulateMedia({ forcedColors: 'none' });

  await page.getByRole('radio', { name: 'V textu' }).check();
  await view.expectNoAxeViolations();
});

test('the report counts statuses by priority, lists monitoring and the action plan', async ({
  page,
}) => {
  const report = new PlanReportPage(page, setup.orp);
  await report.openIndex();
  await report.expectNoAxeViolations();
  await page
    .getByRole('link', { name: 'Monitoring plnění aktivit za rok 2026 a akční plán na rok 2027' })
    .click();
  await report.expectReport(2026);
  const title = page.getByTestId('report-title-page');
  await expect(title).toContainText('CZ.03.2.63/0.0/0.0/16_063/0006533');
  await expect(title).toContainText('2026–2028');

  // Known data: proposed measure 2.2 is not counted; 1.1.3 has no status yet.
  const expected: Record<string, Record<string, string>> = {
    '1': { splneno: '1', nesplneno: '1', none: '1', 'plni-se-prubezne': '0', total: '3' },
    '2': { splneno: '1', 'plni-se-prubezne': '1', nesplneno: '0', none: '0', total: '2' },
    total: {
      splneno: '2',
      'plni-se-prubezne': '1',
      'castecne-splneno': '0',
      nesplneno: '1',
      'zruseno-presunuto': '0',
      none: '1',
      total: '5',
    },
  };
  for (const [row, cells] of Object.entries(expected)) {
    for (const [status, value] of Object.entries(cells)) {
      await expect(report.cell(row, status), `${row}/${status}`).toHaveText(value);
    }
  }
  await expect(report.chart).toHaveAttribute('role', 'img');
  await expect(report.chart.locator('rect')).toHaveCount(5);

  const activities = page.getByTestId('report-activity');
  await expect(activities).toHaveCount(5);
  const first = activities.first();
  await expect(first).toContainText('Splněno v Kaplici i ve Frymburku.');
  await expect(first).toContainText('40 klientů');
  await expect(first).toContainText('32 klientů');
  await expect(first.locator('ins.change--added')).toContainText('a svátky');
  await expect(page.getByTestId('action-item')).toHaveCount(2);
  await expect(page.getByTestId('budget-total')).toHaveText(/500\s000\sKč/);

  await report.tabTo(report.printButton);
  await report.expectNoAxeViolations();

  // Print: no navigation or buttons, the content and the change marks stay.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(report.printButton).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(report.summary).toBeVisible();
  await expect(first.locator('ins .change__mark').first()).toBeVisible();
  await expect(first.locator('ins.change--added')).toHaveCSS('color', 'rgb(10, 71, 160)');
  await expect(page.getByTestId('action-plan')).toBeVisible();
  await expect(first).toHaveCSS('break-inside', 'avoid');
});

test('the report saves as a PDF (headless Chromium)', async ({ page, browserName }) => {
  test.skip(browserName !== 'chromium', 'page.pdf() is Chromium only');
  const report = new PlanReportPage(page, setup.orp);
  await report.openReport(2026);
  await expect(page.getByTestId('report-activity')).toHaveCount(5);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThan(1);
});

test('the report fits a 320 px phone, says "ORP" once and offers Český Krumlov’s colours', async ({
  page,
}) => {
  test.slow(); // several states, each checked with axe
  await page.setViewportSize({ width: 320, height: 700 });
  const report = new PlanReportPage(page, setup.orp);
  await report.openReport(2026);
  await expect(page.getByTestId('report-activity')).toHaveCount(5);
  const title = page.getByTestId('report-title-page');
  await expect(title).toContainText(`Komunitní plánování sociálních služeb – ${orpName()}`);
  await expect(title).not.toContainText('ORP ORP');
  await report.expectNoHorizontalScroll();
  // The printed contents list the parts (a nav that print.css would otherwise hide).
  const contents = page.getByTestId('report-contents');
  await expect(contents.getByRole('link', { name: 'Priorita 1: Senioři doma' })).toBeVisible();
  await expect(contents.getByRole('link', { name: 'Akční plán na rok 2027' })).toBeVisible();
  await report.expectNoAxeViolations();

  // Český Krumlov: last year's text purple, this year's update red; the marks stay.
  await page.getByRole('radio', { name: 'Fialová a červená (jako Český Krumlov)' }).check();
  const first = page.getByTestId('report-activity').first();
  await expect(first.locator('ins.change--added')).toHaveCSS('color', 'rgb(176, 0, 32)');
  await expect(first.locator('.change--same').first()).toHaveCSS('color', 'rgb(91, 42, 134)');
  await expect(first.locator('ins .change__mark').first()).toHaveText('[+');
  await expect(report.legend).toContainText('Fialově');
  await report.expectNoHorizontalScroll();
  await report.expectNoAxeViolations();

  // Two action-plan years in one report (Dačice): 2027 and 2028.
  await page.getByRole('radio', { name: 'Dva roky (2027 a 2028)' }).check();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Monitoring plnění aktivit za rok 2026 a akční plány na roky 2027 a 2028',
    }),
  ).toBeVisible();
  await expect(page).toHaveURL(/akcni-plany=2/);
  await expect(page.getByTestId('action-plan')).toHaveCount(2);
  await expect(page.getByText('Do akčního plánu na rok 2028 zatím není zařazena')).toBeVisible();
  await report.expectNoHorizontalScroll();
  await report.expectNoAxeViolations();
  await page.getByRole('radio', { name: 'Fialová a červená (jako Český Krumlov)' }).check();
  await page.getByRole('radio', { name: 'Modrá a červená' }).check();
});

test('the report and the whole plan download as DOCX with headings, tables and marked changes', async ({
  page,
}) => {
  test.slow(); // several states, each checked with axe
  const report = new PlanReportPage(page, setup.orp);
  await report.openReport(2026);
  await expect(page.getByTestId('report-activity')).toHaveCount(5);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Stáhnout zprávu (Word, DOCX)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^zprava-orp-.+-2026-2027\.docx$/);
  const docx = await readDocx(await download.path());
  expect(docx.document).toContain('<w:pStyle w:val="Title"/>');
  expect(docx.text).toContain('Monitoring plnění aktivit za rok 2026 a akční plán na rok 2027');
  expect(docx.text).not.toContain('ORP ORP');
  expect(docx.headings1).toEqual([
    'Souhrn plnění za rok 2026',
    'Plnění aktivit za rok 2026',
    'Akční plán na rok 2027',
  ]);
  expect(docx.document.match(/<w:tbl>/g)!.length).toBeGreaterThan(5);
  // 1.1.1's description: "[+a svátky]" underlined in blue.
  expect(docx.document).toMatch(/<w:color w:val="0a47a0"\/>.*?<w:t[^>]*>[^<]*a svátky/s);
  // The chart is a PNG picture.
  expect(docx.files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
  await expect(page.getByTestId('download-status')).toContainText('je stažen');
  await report.expectNoAxeViolations();

  // The whole plan from the change view, with Word revisions.
  await report.openChanges(2027);
  await page
    .getByRole('checkbox', { name: 'Změny ve Wordu jako revize (sledované změny)' })
    .check();
  const [planDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Stáhnout plán 2027 (Word, DOCX)' }).click(),
  ]);
  const plan = await readDocx(await planDownload.path());
  expect(plan.headings1).toEqual([
    'Vize',
    'Priorita 1: Senioři doma',
    'Priorita 2: Rodiny s dětmi',
  ]);
  expect(plan.document).toMatch(/<w:ins [^>]*>(?:(?!<\/w:ins>).)*provázané/s);
  expect(plan.document).toMatch(/<w:del [^>]*>(?:(?!<\/w:del>).)*v Kaplici/s);
  await report.expectNoAxeViolations();
});

test('the printed PDF has page numbers, a running header and the heading with "ORP" once', async ({
  page,
  browserName,
}) => {
  test.skip(browserName !== 'chromium', 'page.pdf() is Chromium only');
  const report = new PlanReportPage(page, setup.orp);
  await report.openReport(2026);
  await expect(page.getByTestId('report-activity')).toHaveCount(5);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const pages = await pdfPageTexts(pdf);
  expect(pages.length).toBeGreaterThan(2);
  pages.forEach((text, i) =>
    expect(text, `page ${i + 1}`).toContain(`Strana ${i + 1} z ${pages.length}`),
  );
  // The running header from the second page on; the title page carries the title itself.
  expect(pages[1]).toContain(`${orpName()} – Monitoring plnění aktivit za rok 2026`);
  expect(pages[0]).toContain(`Komunitní plánování sociálních služeb – ${orpName()}`);
  expect(pages.join('\n')).not.toContain('ORP ORP');
  // The contents are printed on the title page.
  expect(pages[0]).toContain('Obsah');
});
