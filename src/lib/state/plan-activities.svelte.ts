import { observePlanRows } from '$lib/data/dexie/plan.tables';
import { compareNumbers, type ActivityDoc } from '$lib/domain/plan/plan.types';
import { planDbName } from '$lib/domain/roles';
import { titleIn } from '$lib/services/plan-format';

export interface ActivityChoice {
  id: string;
  number: string;
  title: string;
}

/**
 * The activities of each ORP's plan, for the pickers on meeting pages (agenda items, decisions
 * and tasks may reference one). One live query per ORP, started on first use and kept: many
 * pickers on one page share it.
 */
class PlanActivitiesState {
  byOrp = $state<Record<string, ActivityChoice[]>>({});
  #watching = new Set<string>();

  use(orp: string): void {
    if (!orp || this.#watching.has(orp)) return;
    this.#watching.add(orp);
    const year = new Date().getFullYear();
    observePlanRows(planDbName(orp), (rows) => {
      this.byOrp[orp] = rows
        .filter((r) => r.type === 'activity')
        .map((r) => r.doc as unknown as ActivityDoc)
        .sort((a, b) => compareNumbers(a.number, b.number))
        .map((a) => ({ id: a._id, number: a.number, title: titleIn(a, year) }));
    });
  }

  of(orp: string): ActivityChoice[] {
    return this.byOrp[orp] ?? [];
  }
}

export const planActivities = new PlanActivitiesState();
