import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { E2E_ADMIN, E2E_ORIGIN } from './e2e.env';
import { setUpGroup, type GroupSetup } from './groups.admin';
import { MembersPage } from './pages/members.page';

/**
 * Every route of the app at 320 CSS px wide, at 100 % and at 200 % text size, without sideways
 * scrolling (WCAG 1.4.10 reflow, 1.4.4 resize text).
 *
 * 200 % text: the root font size is doubled (`html { font-size: 200% }`), which is what a
 * browser's text-only zoom or a larger default font size does: every rem/em size doubles while
 * the viewport stays 320 px. (Page zoom would instead shrink the viewport to 160 CSS px, which
 * is not what the criterion asks.)
 */
test.use({ viewport: { width: 320, height: 640 } });
test.setTimeout(240_000);

const SERVICE = 'service:demo-pecovatelska-sluzba-cesky-krumlov';
const adminAuth = `Basic ${Buffer.from(`${E2E_ADMIN.user}:${E2E_ADMIN.password}`).toString('base64')}`;
let setup: GroupSetup;

/** A small plan over HTTP: one of each node, a monitoring year and an action plan. */
async function seedPlan(): Promise<void> {
  const by = setup.coordinator.name;
  const at = '2026-01-10T09:00:00.000Z';
  const stamp = { createdBy: by, createdAt: at, updatedBy: by, updatedAt: at };
  const long =
    'Rozšířit terénní pečovatelskou službu o víkendy a svátky ve všech obcích správního obvodu';
  const docs = [
    {
      _id: 'plan',
      type: 'plan',
      orp: setup.orp,
      fromYear: 2026,
      toYear: 2028,
      projectNumber: 'CZ.03.2.63/0.0/0.0/16_063/0006533',
      texts: { '2026': { title: 'Komunitní plán sociálních služeb 2026–2028', vision: long } },
      ...stamp,
    },
    {
      _id: 'priority:1',
      type: 'priority',
      number: '1',
      order: 1,
      texts: { '2026': { title: 'Senioři a lidé se zdravotním postižením doma' } },
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
      texts: { '2026': { title: 'Dostupné terénní a ambulantní služby' } },
      ...stamp,
    },
    {
      _id: 'activity:1.1.1',
      type: 'activity',
      measureId: 'measure:1.1',
      number: '1.1.1',
      group: setup.group,
      responsibleOrganisation: 'Charita Český Krumlov, Pomocná ruka Pošumaví, o.p.s.',
      partners: [],
      targetGroups: ['seniori'],
      serviceIds: [SERVICE],
      fundingSources: ['rozpočet města', 'dotace MPSV'],
      indicators: [
        { id: 'klienti', name: 'Počet podpořených klientů', unit: 'klientů', target: 40 },
      ],
      timeline: { fromYear: 2026, toYear: 2028 },
      texts: {
        '2026': { title: 'Pečovatelská služba o víkendech', description: long },
        '2027': { description: `${long}, i v noci` },
      },
      ...stamp,
    },
    {
      _id: 'monitoring:2026:1.1.1',
      type: 'monitoring',
      activityId: 'activity:1.1.1',
      year: 2026,
      group: setup.group,
      status: 'plni-se-prubezne',
      comment: long,
      indicatorValues: [{ indicatorId: 'klienti', value: 32 }],
      evidence: [],
      approved: false,
      ...stamp,
    },
    {
      _id: 'action:2027:1.1.1',
      type: 'action-plan-item',
      activityId: 'activity:1.1.1',
      year: 2027,
      group: setup.group,
      steps: ['Najmout dvě pečovatelky na částečný úvazek', 'Zajistit služební auto'],
      budget: { amount: 1_450_000, fundingSource: 'dotace Jihočeského kraje' },
      responsible: 'Odbor sociálních věcí a zdravotnictví',
      deadline: '2027-06-30',
      approved: false,
      ...stamp,
    },
  ];
  const response = await fetch(`${E2E_ORIGIN}/db/orp-${setup.orp}-plan/_bulk_docs`, {
    method: 'POST',
    headers: { authorization: adminAuth, 'content-type': 'application/json' },
    body: JSON.stringify({ docs }),
  });
  const results = (await response.json()) as { error?: string; reason?: string }[];
  expect(results.filter((r) => r.error)).toEqual([]);
}

/**
 * Waits for the page's own content (no "loading" line left), then measures both text sizes.
 * Returns what is too wide, so one run lists every route that scrolls sideways.
 */
async function sidewaysScroll(page: Page, route: string): Promise<string[]> {
  const found: string[] = [];
  await page.goto(route);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('main').getByText(/^(Načítám|Připravuji)/)).toHaveCount(0, {
    timeout: 20_000,
  });
  for (const size of ['100%', '200%']) {
    const overflow = await page.evaluate((fontSize) => {
      document.documentElement.style.fontSize = fontSize;
      const root = document.documentElement;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth)
        // What a scroll container of its own holds (a wide table) does not move the page.
        .filter((el) => {
          for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
            if (getComputedStyle(up).overflowX !== 'visible') return false;
          }
          return true;
        })
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { scroll: root.scrollWidth, client: root.clientWidth, wide };
    }, size);
    if (overflow.scroll > overflow.client) {
      found.push(`${route} at ${size} text: ${overflow.scroll} px (${overflow.wide.join(', ')})`);
    }
  }
  return found;
}

test.describe('no sideways scrolling at 320 px', () => {
  test('public pages', async ({ page }) => {
    const found: string[] = [];
    for (const route of [
      '/',
      '/hledat',
      '/hledat?situace=starnu-doma-nezvladam&forma=ter',
      `/sluzba/${encodeURIComponent(SERVICE)}`,
      '/seznam',
      '/seznam/tisk',
      '/nastaveni',
      '/o-planovani',
      '/o-planovani/cesky-krumlov',
      '/pristupnost',
      '/prihlaseni',
    ]) {
      found.push(...(await sidewaysScroll(page, route)));
    }
    expect(found).toEqual([]);
  });

  test("members' pages, signed in as a coordinator", async ({ page }) => {
    setup = await setUpGroup();
    await seedPlan();
    const members = new MembersPage(page);
    await members.signInOk(setup.coordinator.name, setup.coordinator.password);
    await members.openGroup(setup.groupName);
    await members.createMeeting(
      'Schůzka pracovní skupiny pro seniory a zdravotně postižené',
      '2031-03-04',
    );
    const meeting = new URL(page.url()).pathname;
    await members.addAgendaItem('Projednání akčního plánu na rok 2027 a rozpočtu');
    // A task card with its plan-activity picker: the widest part of a meeting on a phone.
    await page.getByText('Přidat úkol').first().click();
    await page.getByLabel('Co', { exact: true }).fill('Připravit podklady k akčnímu plánu 2027');
    await page.getByLabel('Kdo úkol řeší').selectOption({ label: 'Jana Nováková' });
    await page.getByRole('button', { name: 'Přidat úkol' }).click();
    await expect(page.getByText('řeší Jana Nováková')).toBeVisible();

    const found: string[] = [];
    const { orp, db } = setup;
    const plan = `/plan/${orp}`;
    for (const route of [
      '/skupiny',
      `/skupiny/${db}`,
      `/skupiny/${db}/konflikty`,
      meeting,
      '/ukoly',
      '/kalendar',
      '/plan',
      plan,
      `${plan}/opatreni`,
      `${plan}/konflikty`,
      `${plan}/aktivita/1.1.1`,
      `${plan}/aktivita/1.1.1/monitoring/2026`,
      `${plan}/akcni-plan/2027`,
      `${plan}/zmeny/2027`,
      `${plan}/zprava`,
      `${plan}/zprava/2026`,
    ]) {
      found.push(...(await sidewaysScroll(page, route)));
    }
    expect(found).toEqual([]);
  });
});
