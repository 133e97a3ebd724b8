/**
 * Figures of the yearly report "Monitoring plnění aktivit za rok X a akční plán na rok X+1":
 * monitoring statuses counted by priority, indicators (target against reached) and the action
 * plan's budget totals. Only approved measures are part of the plan, so only their activities
 * are counted.
 */
import { textForYear } from '../plan/plan-texts';
import { MONITORING_STATUSES } from '../plan/plan.types';
import { approvedMeasures } from './year-changes';
import type { OutlineActivity, PlanOutline } from './plan-outline.types';

/** The monitoring statuses in report order, then `none` (not filled in or not opened). */
export const REPORT_STATUSES = [...MONITORING_STATUSES, 'none'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type StatusCounts = Record<ReportStatus, number>;

export interface StatusRow {
  id: string;
  number: string;
  title: string;
  counts: StatusCounts;
  total: number;
}

export interface StatusSummary {
  rows: StatusRow[];
  /** Column totals. */
  totals: StatusCounts;
  total: number;
}

export function emptyCounts(): StatusCounts {
  const counts = {} as StatusCounts;
  for (const status of REPORT_STATUSES) counts[status] = 0;
  return counts;
}

export function reportStatusOf(activity: OutlineActivity, year: number): ReportStatus {
  return activity.monitoring[year]?.status ?? 'none';
}

/** Statuses of `year`'s monitoring, one row per priority, with row and column totals. */
export function statusSummary(outline: PlanOutline, year: number): StatusSummary {
  const totals = emptyCounts();
  const rows: StatusRow[] = [];
  for (const p of outline.priorities) {
    const counts = emptyCounts();
    let total = 0;
    for (const m of approvedMeasures(p.measures)) {
      for (const a of m.activities) {
        const status = reportStatusOf(a, year);
        counts[status]++;
        totals[status]++;
        total++;
      }
    }
    const title = textForYear(p.doc, 'title', year);
    rows.push({ id: p.doc._id, number: p.doc.number, title, counts, total });
  }
  return { rows, totals, total: rows.reduce((sum, row) => sum + row.total, 0) };
}

export interface IndicatorResult {
  id: string;
  name: string;
  unit: string;
  target: number;
  /** Undefined when the group has not recorded a value. */
  reached?: number;
  note?: string;
}

export function indicatorResults(activity: OutlineActivity, year: number): IndicatorResult[] {
  const values = activity.monitoring[year]?.indicatorValues ?? [];
  return activity.doc.indicators.map((indicator) => {
    const value = values.find((v) => v.indicatorId === indicator.id);
    return {
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      target: indicator.target,
      ...(value ? { reached: value.value } : {}),
      ...(value?.note ? { note: value.note } : {}),
    };
  });
}

export interface AmountBy {
  key: string;
  label: string;
  amount: number;
}

export interface BudgetTotals {
  /** Whole Czech crowns over every item with a budget. */
  total: number;
  /** By funding source, largest first (ties by name). */
  bySource: AmountBy[];
  /** By priority, in plan order; priorities without items are left out. */
  byPriority: AmountBy[];
  /** Activities selected into the action plan, and how many of them have no budget yet. */
  items: number;
  withoutBudget: number;
}

/** Budget totals of the action plan for `year` (the report's X+1). */
export function actionPlanTotals(outline: PlanOutline, year: number): BudgetTotals {
  const sources = new Map<string, number>();
  const byPriority: AmountBy[] = [];
  let total = 0;
  let items = 0;
  let withoutBudget = 0;
  for (const p of outline.priorities) {
    let sum = 0;
    let any = false;
    for (const m of approvedMeasures(p.measures)) {
      for (const a of m.activities) {
        const item = a.actions[year];
        if (!item) continue;
        any = true;
        items++;
        if (!item.budget) {
          withoutBudget++;
          continue;
        }
        sum += item.budget.amount;
        const source = item.budget.fundingSource.trim();
        sources.set(source, (sources.get(source) ?? 0) + item.budget.amount);
      }
    }
    total += sum;
    if (any) byPriority.push({ key: p.doc._id, label: p.doc.number, amount: sum });
  }
  const collator = new Intl.Collator('cs');
  const bySource = [...sources]
    .map(([source, amount]) => ({ key: source, label: source, amount }))
    .sort((a, b) => b.amount - a.amount || collator.compare(a.label, b.label));
  return { total, bySource, byPriority, items, withoutBudget };
}
