/**
 * The whole plan as a Word document: vision → priorities → measures → activities with their
 * texts as worded in `year`, each text marked against last year's wording (or plain when it did
 * not change). Only approved measures are part of the plan.
 */
import { TableOfContents, type FileChild } from 'docx';
import { textForYear } from '$lib/domain/plan/plan-texts';
import { approvedMeasures } from '$lib/domain/plan-diff/year-changes';
import type { PlanOutline } from '$lib/domain/plan-diff/plan-outline.types';
import {
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
import { formats } from './docx-format';

export interface PlanDocxInput {
  outline: PlanOutline;
  orpName: string;
  /** The wording's year; changes are marked against `year - 1`. */
  year: number;
  groupName: (code: string) => string;
}

type Texted = { texts: Record<string, Partial<Record<string, string>>> };

export function planDocument(input: PlanDocxInput, ctx: DocxContext) {
  const { t } = ctx;
  const { outline, year } = input;
  const before = year - 1;
  const ids = idSource();
  const text = t('planReport.docs.planTitle', { name: input.orpName, year });
  const plan = outline.plan;
  const children: FileChild[] = [title(text)];
  if (plan) {
    children.push(
      paragraph(textForYear(plan, 'title', year), { bold: true }),
      paragraph(`${t('planReport.planPeriod')}: ${plan.fromYear}–${plan.toYear}`),
    );
  }
  children.push(
    paragraph(t('planReport.docs.planChanges', { before }), { italics: true }),
    ...legend(ctx, { before, after: year }),
    new TableOfContents(t('planReport.docs.tocTitle'), {
      hyperlink: true,
      headingStyleRange: '1-3',
    }),
    paragraph(t('planReport.docs.tocHint'), { italics: true }),
  );
  if (plan) {
    children.push(
      heading(t('planReport.docs.vision'), 1),
      marked(plan as Texted, 'vision', year, ctx, ids),
    );
  }
  const f = formats(ctx.locale);
  for (const p of outline.priorities) {
    children.push(
      heading(t('planReport.priority', { number: p.doc.number, title: titleOf(p.doc, year) }), 1),
      ...titleChange(p.doc, year, ctx, ids),
      ...description(p.doc, year, ctx, ids),
    );
    for (const m of approvedMeasures(p.measures)) {
      children.push(
        heading(t('planReport.measure', { number: m.doc.number, title: titleOf(m.doc, year) }), 2),
        ...titleChange(m.doc, year, ctx, ids),
        ...description(m.doc, year, ctx, ids),
      );
      for (const a of m.activities) {
        const d = a.doc;
        children.push(
          heading(t('planReport.activity', { number: d.number, title: titleOf(d, year) }), 3),
          ...titleChange(d, year, ctx, ids),
          ...description(d, year, ctx, ids),
          facts([
            [t('planReport.group'), input.groupName(d.group)],
            [t('planReport.responsible'), d.responsibleOrganisation],
            [t('plan.partners'), d.partners.join(', ') || '–'],
            [t('plan.targetGroups'), d.targetGroups.join(', ') || '–'],
            [t('plan.funding'), d.fundingSources.join(', ') || '–'],
            [t('plan.timeline'), `${d.timeline.fromYear}–${d.timeline.toYear}`],
          ]),
        );
        if (d.indicators.length) {
          children.push(
            paragraph(t('planReport.indicators'), { bold: true }),
            table(
              [t('planReport.indicator'), t('planReport.target')],
              d.indicators.map((i) => [i.name, `${f.number(i.target)} ${i.unit}`]),
            ),
          );
        }
      }
    }
  }
  return docxDocument({ ctx, title: text, runningHeader: text, children });
}

function titleOf(doc: Texted, year: number): string {
  return textForYear(doc, 'title', year) || textForYear(doc, 'title', year - 1);
}

function marked(doc: Texted, field: string, year: number, ctx: DocxContext, ids: IdSource) {
  return changedText(textForYear(doc, field, year - 1), textForYear(doc, field, year), ctx, ids);
}

/** A title reworded this year: the heading has the new one, the change is shown below it. */
function titleChange(doc: Texted, year: number, ctx: DocxContext, ids: IdSource): FileChild[] {
  const before = textForYear(doc, 'title', year - 1);
  const after = textForYear(doc, 'title', year);
  if (!before || before === after) return [];
  return [paragraph(`${ctx.t('planReport.field.title')}:`), changedText(before, after, ctx, ids)];
}

function description(doc: Texted, year: number, ctx: DocxContext, ids: IdSource): FileChild[] {
  const before = textForYear(doc, 'description', year - 1);
  const after = textForYear(doc, 'description', year);
  if (!before && !after) return [];
  return [marked(doc, 'description', year, ctx, ids)];
}
