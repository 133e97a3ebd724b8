/**
 * What changed in the plan's texts from `year - 1` (or an earlier `from`) to `year`: the vision, every priority,
 * measure and activity text, and each activity's monitoring comment (this year's monitoring,
 * once filled in, against last year's). Only approved measures count: proposed and rejected ones are not part
 * of the plan readers compare.
 */
import { textForYear, type HasTexts } from '../plan/plan-texts';
import { changeKind, isChanged } from './text-diff';
import type { TextChangeKind } from './plan-diff.types';
import type { OutlineActivity, OutlineMeasure, PlanOutline } from './plan-outline.types';

/** Which text of a node changed; `comment` is the monitoring comment. */
export type ChangedField = 'title' | 'vision' | 'description' | 'comment';

export interface FieldChange {
  field: ChangedField;
  before: string;
  after: string;
  kind: TextChangeKind;
}

export interface NodeChanges {
  /** Document id (`plan`, `priority:…`, `measure:…`, `activity:…`). */
  id: string;
  /** Shown number ('' for the plan). */
  number: string;
  /** Title valid in `year`, else last year's (a dropped title still names its node). */
  title: string;
  changes: FieldChange[];
}

export interface MeasureChanges {
  measure: NodeChanges;
  activities: NodeChanges[];
}

export interface PriorityChanges {
  priority: NodeChanges;
  measures: MeasureChanges[];
}

export interface YearChanges {
  year: number;
  /** The year compared against: `year - 1`, or earlier when one round updates two years. */
  from: number;
  plan?: NodeChanges;
  /** Only priorities with a change in themselves or below. */
  priorities: PriorityChanges[];
  /** How many texts changed in all. */
  count: number;
}

/**
 * `from` defaults to last year; a report covering two action-plan years (Dačice prepares 2024
 * and 2025 in one round) compares the report's year with the last action-plan year.
 */
export function yearChanges(outline: PlanOutline, year: number, from = year - 1): YearChanges {
  const result: YearChanges = { year, from, priorities: [], count: 0 };
  const pair = { from, to: year };
  if (outline.plan) {
    const plan = nodeChanges(outline.plan, '', ['title', 'vision'], pair);
    if (plan.changes.length) result.plan = plan;
  }
  for (const p of outline.priorities) {
    const measures: MeasureChanges[] = [];
    for (const m of approvedMeasures(p.measures)) {
      const activities = m.activities
        .map((a) => activityChanges(a, pair))
        .filter((a) => a.changes.length > 0);
      const measure = nodeChanges(m.doc, m.doc.number, ['title', 'description'], pair);
      if (measure.changes.length || activities.length) measures.push({ measure, activities });
    }
    const priority = nodeChanges(p.doc, p.doc.number, ['title', 'description'], pair);
    if (priority.changes.length || measures.length) result.priorities.push({ priority, measures });
  }
  result.count = countChanges(result);
  return result;
}

export function approvedMeasures<M extends OutlineMeasure>(measures: readonly M[]): M[] {
  return measures.filter((m) => m.doc.status === 'approved');
}

interface YearPair {
  from: number;
  to: number;
}

function activityChanges(a: OutlineActivity, pair: YearPair): NodeChanges {
  const node = nodeChanges(a.doc, a.doc.number, ['title', 'description'], pair);
  // Only once this year's monitoring is filled in: an unopened or untouched one would show
  // every comment of last year as dropped.
  const current = a.monitoring[pair.to];
  if (!current || (!current.status && !current.comment)) return node;
  const before = a.monitoring[pair.from]?.comment ?? '';
  const after = current.comment;
  const kind = changeKind(before, after);
  if (isChanged(kind)) node.changes.push({ field: 'comment', before, after, kind });
  return node;
}

function nodeChanges<F extends 'title' | 'vision' | 'description'>(
  doc: HasTexts<F> & { _id: string },
  number: string,
  fields: readonly F[],
  { from, to }: YearPair,
): NodeChanges {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const before = textForYear(doc, field, from);
    const after = textForYear(doc, field, to);
    const kind = changeKind(before, after);
    if (isChanged(kind)) changes.push({ field, before, after, kind });
  }
  const title = textForYear(doc, 'title' as F, to) || textForYear(doc, 'title' as F, from);
  return { id: doc._id, number, title, changes };
}

function countChanges(result: YearChanges): number {
  let count = result.plan?.changes.length ?? 0;
  for (const p of result.priorities) {
    count += p.priority.changes.length;
    for (const m of p.measures) {
      count += m.measure.changes.length;
      for (const a of m.activities) count += a.changes.length;
    }
  }
  return count;
}
