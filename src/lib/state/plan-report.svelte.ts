import type { PlanOutline } from '$lib/domain/plan-diff/plan-outline.types';
import { yearChanges, type YearChanges } from '$lib/domain/plan-diff/year-changes';
import {
  actionPlanTotals,
  statusSummary,
  type BudgetTotals,
  type StatusSummary,
} from '$lib/domain/plan-diff/yearly-report';
import { plan } from './plan.svelte';

export type ChangeView = 'inline' | 'side-by-side';

const VIEW_KEY = 'rozcestnik:plan-change-view';

/**
 * The change view and the yearly report over the live plan (`plan` state, opened by the
 * `/plan/[orp]` layout). Figures are derived per call; a plan is hundreds of documents, so a
 * page deriving them once per render is cheap. The reader's inline / side-by-side choice is
 * kept on the device.
 */
class PlanReportState {
  view = $state<ChangeView>('inline');

  /** The plan tree fits the outline the pure report code reads (checked here by the type). */
  outline = $derived<PlanOutline>(plan.tree);

  restore(): void {
    const stored = globalThis.localStorage?.getItem(VIEW_KEY);
    if (stored === 'inline' || stored === 'side-by-side') this.view = stored;
  }

  setView(view: ChangeView): void {
    this.view = view;
    try {
      globalThis.localStorage?.setItem(VIEW_KEY, view);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
  }

  /** A year the plan knows: within its period, or any year with plan data (texts, monitoring). */
  isPlanYear(year: number): boolean {
    return Number.isInteger(year) && plan.years.includes(year);
  }

  changes(year: number): YearChanges {
    return yearChanges(this.outline, year);
  }

  summary(year: number): StatusSummary {
    return statusSummary(this.outline, year);
  }

  budget(year: number): BudgetTotals {
    return actionPlanTotals(this.outline, year);
  }
}

export const planReport = new PlanReportState();
