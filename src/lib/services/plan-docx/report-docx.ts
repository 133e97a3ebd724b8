/**
 * The yearly report "Monitoring plnění aktivit za rok X a akční plán na rok X+1" (or two
 * action-plan years) as a Word document, with the same content as the report page.
 */
import { ImageRun, Paragraph, TableOfContents, type FileChild } from 'docx';
import { textForYear } from '$lib/domain/plan/plan-texts';
import { approvedMeasures, yearChanges } from '$lib/domain/plan-diff/year-changes';
import {
  REPORT_STATUSES,
  actionPlanTotals,
  indicatorResults,
  reportStatusOf,
  statusSummary,
} from '$lib/domain/plan-diff/yearly-report';
import type { OutlineActivity, PlanOutline } from '$lib/domain/plan-diff/plan-outline.types';
import {
  bullets,
  changedText,
  docxDocument,
  facts,
  heading,
  idSource,
  legend,
  paragraph,
  table,
  title,
  type DocxContext,
  type IdSource,
} from './docx-parts';
import { reportTitle } from '$lib/services/plan-format';
import { formats } from './docx-format';

/** The status chart as a PNG picture (drawn in the browser, status-chart-png.ts). */
export interface ChartPicture {
  png: Uint8Array;
  /** Size in CSS pixels (96 per inch). */
  width: number;
  height: number;
}

export interface ReportDocxInput {
  outline: PlanOutline;
  /** The ORP's name as the catalogue has it ("ORP Český Krumlov"). */
  orpName: string;
  /** The monitored year X. */
  year: number;
  /** The action-plan years: [X+1], or [X+1, X+2] when one round prepares two. */
  actionYears: readonly number[];
  groupName: (code: string) => string;
  chart?: ChartPicture;
}

export function reportDocument(input: ReportDocxInput, ctx: DocxContext) {
  const { t } = ctx;
  const { outline, year, actionYears } = input;
  const text = reportTitle(t, year, actionYears);
  const f = formats(ctx.locale);
  const ids = idSource();
  const plan = outline.plan;

  const children: FileChild[] = [
    paragraph(t('planReport.reportFor', { name: input.orpName }), { bold: true }),
    title(text),
    ...(plan ? [paragraph(textForYear(plan, 'title', year))] : []),
    facts([
      [t('planReport.orp'), input.orpName],
      ...(plan ? [[t('planReport.planPeriod'), `${plan.fromYear}–${plan.toYear}`] as const] : []),
      ...(plan?.projectNumber
        ? [[t('planReport.projectNumber'), plan.projectNumber] as const]
        : []),
      [t('planReport.generated'), f.date(ctx.now)],
    ]),
    new TableOfContents(t('planReport.docs.tocTitle'), {
      hyperlink: true,
      headingStyleRange: '1-3',
    }),
    paragraph(t('planReport.docs.tocHint'), { italics: true }),
    ...summary(input, ctx),
    ...activities(input, ctx, ids),
    ...actionYears.flatMap((y) => actionPlan(input, y, ctx)),
  ];
  return docxDocument({
    ctx,
    title: text,
    runningHeader: `${input.orpName} – ${text}`,
    children,
  });
}

function summary(input: ReportDocxInput, ctx: DocxContext): FileChild[] {
  const { t } = ctx;
  const { year } = input;
  const s = statusSummary(input.outline, year);
  const header = [
    t('planReport.priorityCol'),
    ...REPORT_STATUSES.map((status) => t(`plan.statuses.${status}`)),
    t('planReport.totalCol'),
  ];
  const rows = s.rows.map((row) => [
    t('planReport.priority', { number: row.number, title: row.title }),
    ...REPORT_STATUSES.map((status) => String(row.counts[status])),
    String(row.total),
  ]);
  const footer = [
    t('planReport.totalRow'),
    ...REPORT_STATUSES.map((status) => String(s.totals[status])),
    String(s.total),
  ];
  const numeric = header.map((_, i) => i).slice(1);
  const out: FileChild[] = [
    heading(t('planReport.summaryTitle', { year }), 1),
    paragraph(t('planReport.summaryCaption', { year }), { bold: true }),
    table(header, rows, { footer, numeric }),
  ];
  if (input.chart) {
    const { png, width, height } = input.chart;
    // A4 text width is about 600 px at 96 dpi.
    const scale = Math.min(1, 600 / width);
    out.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: width * scale, height: height * scale },
            altText: {
              name: 'status-chart',
              title: t('planReport.chartTitle', { year }),
              description: t('planReport.docs.chartAlt', { year }),
            },
          }),
        ],
      }),
      paragraph(REPORT_STATUSES.map((status) => t(`plan.statuses.${status}`)).join(' · '), {
        italics: true,
      }),
    );
  }
  return out;
}

function activities(input: ReportDocxInput, ctx: DocxContext, ids: IdSource): FileChild[] {
  const { t } = ctx;
  const { year, outline } = input;
  const to = input.actionYears.at(-1) ?? year + 1;
  const changes = new Map(
    yearChanges(outline, to, year)
      .priorities.flatMap((p) => p.measures.flatMap((m) => m.activities))
      .map((a) => [a.id, a]),
  );
  const out: FileChild[] = [
    heading(t('planReport.activitiesTitle', { year }), 1),
    ...legend(ctx, { before: year, after: to }),
  ];
  for (const p of outline.priorities) {
    const pTitle = textForYear(p.doc, 'title', year);
    out.push(heading(t('planReport.priority', { number: p.doc.number, title: pTitle }), 2));
    for (const m of approvedMeasures(p.measures)) {
      const mTitle = textForYear(m.doc, 'title', year);
      out.push(heading(t('planReport.measure', { number: m.doc.number, title: mTitle }), 3));
      for (const a of m.activities) {
        out.push(...activity(input, a, ctx, ids, changes.get(a.doc._id)?.changes ?? [], to));
      }
    }
  }
  return out;
}

function activity(
  input: ReportDocxInput,
  a: OutlineActivity,
  ctx: DocxContext,
  ids: IdSource,
  changes: readonly { field: string; before: string; after: string }[],
  to: number,
): FileChild[] {
  const { t } = ctx;
  const { year } = input;
  const f = formats(ctx.locale);
  const monitoring = a.monitoring[year];
  const aTitle = textForYear(a.doc, 'title', year) || textForYear(a.doc, 'title', to);
  const out: FileChild[] = [
    heading(t('planReport.activity', { number: a.doc.number, title: aTitle }), 4),
    facts([
      [t('planReport.status'), t(`plan.statuses.${reportStatusOf(a, year)}`)],
      [t('planReport.group'), input.groupName(a.doc.group)],
      [t('planReport.responsible'), a.doc.responsibleOrganisation],
      [t('planReport.comment'), monitoring?.comment || t('planReport.noComment')],
    ]),
  ];
  const indicators = indicatorResults(a, year);
  if (indicators.length) {
    out.push(
      paragraph(t('planReport.indicators'), { bold: true }),
      table(
        [t('planReport.indicator'), t('planReport.target'), t('planReport.reached', { year })],
        indicators.map((row) => [
          row.name,
          `${f.number(row.target)} ${row.unit}`,
          (row.reached === undefined
            ? t('planReport.notReached')
            : `${f.number(row.reached)} ${row.unit}`) + (row.note ? `\n${row.note}` : ''),
        ]),
      ),
    );
  } else {
    out.push(paragraph(t('planReport.noIndicators'), { italics: true }));
  }
  out.push(paragraph(t('planReport.evidence'), { bold: true }));
  const evidence = monitoring?.evidence ?? [];
  out.push(
    ...(evidence.length
      ? bullets(
          evidence.map((e) => (e.kind === 'link' && e.url ? `${e.label} (${e.url})` : e.label)),
        )
      : [paragraph(t('planReport.noEvidence'), { italics: true })]),
  );
  if (monitoring?.approved && monitoring.approvedBy) {
    const when = monitoring.approvedAt ? f.dateTime(new Date(monitoring.approvedAt)) : '';
    out.push(paragraph(t('planReport.approved', { name: monitoring.approvedBy, when })));
  } else if (monitoring) {
    out.push(paragraph(t('planReport.notApproved'), { italics: true }));
  }
  out.push(paragraph(t('planReport.textChange', { year, next: to }), { bold: true }));
  const texts = changes.filter((c) => c.field !== 'comment');
  if (!texts.length) out.push(paragraph(t('planReport.noTextChange', { year, next: to })));
  for (const c of texts) {
    out.push(
      paragraph(`${t(`planReport.field.${c.field}`)}:`),
      changedText(c.before, c.after, ctx, ids),
    );
  }
  return out;
}

function actionPlan(input: ReportDocxInput, year: number, ctx: DocxContext): FileChild[] {
  const { t } = ctx;
  const f = formats(ctx.locale);
  const totals = actionPlanTotals(input.outline, year);
  const out: FileChild[] = [heading(t('planReport.actionPlanTitle', { year }), 1)];
  if (totals.items === 0) return [...out, paragraph(t('planReport.noActionPlan', { year }))];
  const priorityLabel = (id: string) => {
    const p = input.outline.priorities.find((x) => x.doc._id === id);
    const title = p ? textForYear(p.doc, 'title', year) : '';
    return p ? t('planReport.priority', { number: p.doc.number, title }) : id;
  };
  out.push(
    heading(t('planReport.budgetTitle', { year }), 2),
    paragraph(t('planReport.budgetBySource'), { bold: true }),
    table(
      [t('planReport.fundingSource'), t('planReport.amount')],
      totals.bySource.map((row) => [row.label, f.money(row.amount)]),
      { footer: [t('planReport.budgetTotal'), f.money(totals.total)], numeric: [1] },
    ),
    paragraph(t('planReport.budgetByPriority'), { bold: true }),
    table(
      [t('planReport.priorityCol'), t('planReport.amount')],
      totals.byPriority.map((row) => [priorityLabel(row.key), f.money(row.amount)]),
      { footer: [t('planReport.budgetTotal'), f.money(totals.total)], numeric: [1] },
    ),
  );
  if (totals.withoutBudget > 0) {
    out.push(paragraph(t('planReport.withoutBudget', { count: totals.withoutBudget })));
  }
  for (const p of input.outline.priorities) {
    const measures = approvedMeasures(p.measures)
      .map((m) => ({ m, items: m.activities.filter((a) => a.actions[year]) }))
      .filter((x) => x.items.length > 0);
    if (!measures.length) continue;
    out.push(heading(priorityLabel(p.doc._id), 2));
    for (const { m, items } of measures) {
      const mTitle = textForYear(m.doc, 'title', year);
      out.push(heading(t('planReport.measure', { number: m.doc.number, title: mTitle }), 3));
      for (const a of items) {
        const item = a.actions[year]!;
        const aTitle = textForYear(a.doc, 'title', year);
        out.push(
          heading(t('planReport.activity', { number: a.doc.number, title: aTitle }), 4),
          paragraph(t('planReport.steps'), { bold: true }),
          ...(item.steps.length
            ? bullets(item.steps, true)
            : [paragraph(t('planReport.noSteps'), { italics: true })]),
          facts([
            [
              t('planReport.budget'),
              item.budget
                ? t('planReport.budgetWithSource', {
                    amount: f.money(item.budget.amount),
                    source: item.budget.fundingSource,
                  })
                : t('planReport.notGiven'),
            ],
            [t('planReport.actionResponsible'), item.responsible || t('planReport.notGiven')],
            [
              t('planReport.deadline'),
              item.deadline
                ? f.date(new Date(`${item.deadline}T00:00:00Z`))
                : t('planReport.notGiven'),
            ],
          ]),
        );
      }
    }
  }
  return out;
}
