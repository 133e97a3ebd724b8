import { observePlanRows, type PlanDocRow } from '$lib/data/dexie/plan.tables';
import {
  buildPlanTree,
  filterPlanTree,
  type ActivityNode,
  type PlanFilter,
  type PlanTree,
  type PriorityNode,
} from '$lib/data/plan-read-model';
import { groupsOf } from '$lib/domain/plan/plan-access.validation';
import type { PlanDbDoc } from '$lib/domain/plan/plan.types';
import { isCoordinatorOf, planDbName } from '$lib/domain/roles';
import { session } from './session.svelte';

export type { ActivityNode, PlanFilter, PlanTree, PriorityNode };

/** A monitoring document or action-plan item: the same access rules apply to both. */
interface YearlyLike {
  group: string;
  approved: boolean;
}

/**
 * One ORP's plan, live from the read model, and what the signed-in user may do with it. The
 * plan-report pages (change view, printable report) read `tree`, `years` and `activity()` too.
 * The UI hides what the validation would refuse anyway, so nobody types into a locked form.
 */
class PlanState {
  orp = $state('');
  rows = $state.raw<PlanDocRow[]>([]);
  loaded = $state(false);

  db = $derived(planDbName(this.orp));
  docs = $derived(this.rows.map((r) => r.doc as unknown as PlanDbDoc));
  tree = $derived<PlanTree>(buildPlanTree(this.docs));
  conflicted = $derived(this.rows.filter((r) => r.conflicted).length);
  /** The plan's years, from its period (the current year alone until the plan has synced). */
  years = $derived.by((): number[] => {
    const plan = this.tree.plan;
    if (!plan) return [new Date().getFullYear()];
    const years: number[] = [];
    for (let y = plan.fromYear; y <= plan.toYear; y++) years.push(y);
    return years;
  });
  /**
   * The year a page opens on: the latest year with monitoring opened, else the current year
   * (within the plan's period).
   */
  defaultYear = $derived.by((): number => {
    const opened = this.docs.filter((d) => d.type === 'monitoring').map((d) => d.year);
    if (opened.length) return Math.max(...opened);
    const now = new Date().getFullYear();
    return Math.min(Math.max(now, this.years[0] ?? now), this.years.at(-1) ?? now);
  });

  /** Coordinators of this ORP (and admins) write everything and approve. */
  coordinator = $derived(isCoordinatorOf(session.user?.roles ?? [], this.orp));
  /** Codes of this ORP's groups the user belongs to. */
  myGroups = $derived(groupsOf(session.user?.roles ?? [], this.orp));

  #stop: (() => void) | undefined;

  open(orp: string): () => void {
    this.#stop?.();
    this.orp = orp;
    this.loaded = false;
    this.rows = [];
    this.#stop = observePlanRows(planDbName(orp), (rows) => {
      this.rows = rows;
      this.loaded = true;
    });
    return () => this.#stop?.();
  }

  activity(id: string): ActivityNode | undefined {
    return this.tree.activities[id];
  }

  filtered(filter: PlanFilter): PriorityNode[] {
    return filterPlanTree(this.tree, filter);
  }

  /** May the user write this monitoring or action-plan item now? (validation backs it) */
  canEditYearly(doc: YearlyLike | undefined): boolean {
    if (!doc || !session.user) return false;
    if (this.coordinator) return true;
    return !doc.approved && this.myGroups.includes(doc.group);
  }

  /** May the user fill in the group's monitoring at all (owning group member or coordinator)? */
  isOwner(group: string): boolean {
    return this.coordinator || this.myGroups.includes(group);
  }
}

export const plan = new PlanState();
