import type { PlanningOrpDoc, WorkingGroupDoc } from '$lib/domain/planning/planning.types';
import type { MyGroup } from '$lib/data/groups-read-model';
import type { MyPlan } from '$lib/data/plan-read-model';
import { groupSync } from './group-sync.svelte';

export type { MyGroup, MyPlan };

/**
 * The read model's modules (and with them Dexie) load on first use, after first paint: the
 * header reads this state through the session, so static imports would put Dexie on every
 * page's critical path.
 */
function loadReadModel() {
  return Promise.all([
    import('$lib/data/groups-read-model'),
    import('$lib/data/dexie/catalog-entries.table'),
    import('$lib/data/plan-read-model'),
  ]);
}

/**
 * The member databases the signed-in user's roles open: working groups and the plans of their
 * ORPs. Both sync through groupSync the same way.
 */
class GroupsState {
  list = $state.raw<MyGroup[]>([]);
  plans = $state.raw<MyPlan[]>([]);
  #roles: string[] = [];
  #name: string | undefined;
  /** Every working group known from the public catalogue records (names for any ORP group). */
  known = $state.raw<WorkingGroupDoc[]>([]);
  #knownOrps: PlanningOrpDoc[] = [];
  #networkAllowed = false;
  #watchingCatalog = false;
  #myGroups: typeof import('$lib/data/groups-read-model').myGroups | undefined;
  #myPlans: typeof import('$lib/data/plan-read-model').myPlans | undefined;

  byDb(db: string): MyGroup | undefined {
    return this.list.find((g) => g.db === db);
  }

  /** A group's name from the catalogue; its code until the catalogue has synced. */
  nameOf(orp: string, group: string): string {
    return this.known.find((k) => k.orp === orp && k.group === group)?.name ?? group;
  }

  planOf(orp: string): MyPlan | undefined {
    return this.plans.find((p) => p.orp === orp);
  }

  /** The signed-in user changed (or their roles did): reopen the right replicas. */
  async setUser(
    user: { name: string; roles: string[] } | undefined,
    networkAllowed: boolean,
  ): Promise<void> {
    this.#name = user?.name;
    this.#roles = user?.roles ?? [];
    this.#networkAllowed = networkAllowed;
    if (!user && !this.#myGroups) {
      // Signed out and nothing loaded yet: nothing to open, no reason to load the read model.
      this.list = [];
      this.plans = [];
      return;
    }
    const [{ myGroups }, { observeCatalogEntries }, { myPlans }] = await loadReadModel();
    this.#myGroups = myGroups;
    this.#myPlans = myPlans;
    if (!this.#watchingCatalog) this.#watchCatalog(observeCatalogEntries);
    await this.#refresh();
  }

  /** Group names (and a coordinator's groups) come from the public catalogue records. */
  #watchCatalog(
    observe: typeof import('$lib/data/dexie/catalog-entries.table').observeCatalogEntries,
  ): void {
    this.#watchingCatalog = true;
    observe(
      'working-group',
      (rows) => {
        this.known = rows.map((r) => r.doc as unknown as WorkingGroupDoc);
        this.#refresh().catch((error: unknown) => console.error('Group sync', error));
      },
      (error) => console.error('Working groups from the catalogue', error),
    );
    observe(
      'planning-orp',
      (rows) => {
        this.#knownOrps = rows.map((r) => r.doc as unknown as PlanningOrpDoc);
        this.#refresh().catch((error: unknown) => console.error('Plan sync', error));
      },
      (error) => console.error('Planning ORPs from the catalogue', error),
    );
  }

  async #refresh(): Promise<void> {
    const myGroups = this.#myGroups;
    const myPlans = this.#myPlans;
    if (!myGroups || !myPlans) return;
    this.list = this.#name ? myGroups(this.#roles, this.known) : [];
    this.plans = this.#name ? myPlans(this.#roles, this.#knownOrps) : [];
    if (this.#name) {
      await groupSync.setDatabases(
        { name: this.#name, roles: this.#roles },
        [...this.list.map((g) => g.db), ...this.plans.map((p) => p.db)],
        this.#networkAllowed,
      );
    }
  }
}

export const groups = new GroupsState();
