import type { PlanOutline } from '$lib/domain/plan-diff/plan-outline.types';
import { yearChanges, type YearChanges } from '$lib/domain/plan-diff/year-changes';
import { isChangeScheme, type ChangeScheme } from '$lib/domain/plan-diff/report-colours';
import {
  actionPlanTotals,
  statusSummary,
  type BudgetTotals,
  type StatusSummary,
} from '$lib/domain/plan-diff/yearly-report';
import { plan } from './plan.svelte';

export type ChangeView = 'inline' | 'side-by-side';

const VIEW_KEY = 'rozcestnik:plan-change-view';
const SCHEME_KEY = 'rozcestnik:plan-change-scheme';

/**
 * The change view and the yearly report over the live plan (`plan` state, opened by the
 * `/plan/[orp]` layout). Figures are derived per call; a plan is hundreds of documents, so a
 * page deriving them once per render is cheap. The reader's inline / side-by-side choice is
 * kept on the device, and so is the colour scheme of the change marks (Český Krumlov's purple and
 * red, or the standard blue and red), which the report and the DOCX export use too.
 */
class PlanReportState {
  view = $state<ChangeView>('inline');
  scheme = $state<ChangeScheme>('standard');

  /** The plan tree fits the outline the pure report code reads (checked here by the type). */
  outline = $derived<PlanOutline>(plan.tree);

  restore(): void {
    const stored = globalThis.localStorage?.getItem(VIEW_KEY);
    if (stored === 'inline' || stored === 'side-by-side') this.view = stored;
    const scheme = globalThis.localStorage?.getItem(SCHEME_KEY);
    if (isChangeScheme(scheme)) this.scheme = scheme;
  }

  setView(view: ChangeView): void {
    this.view = view;
    keep(VIEW_KEY, view);
  }

  setScheme(scheme: ChangeScheme): void {
    this.scheme = scheme;
    keep(SCHEME_KEY, scheme);
  }

  /** A year the plan knows: within its period, or any year with plan data (texts, monitoring). */
  isPlanYear(year: number): boolean {
    return Number.isInteger(year) && plan.years.includes(year);
  }

  /** Text changes `from` (default last year) → `year`. */
  changes(year: number, from = year - 1): YearChanges {
    return yearChanges(this.outline, year, from);
  }

  summary(year: number): StatusSummary {
    return statusSummary(this.outline, year);
  }

  budget(year: number): BudgetTotals {
    return actionPlanTotals(this.outline, year);
  }
}

function keep(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

export const planReport = new PlanReportState();
