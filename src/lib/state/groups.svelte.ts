import { observeCatalogEntries } from '$lib/data/dexie/catalog-entries.table';
import { groupDbName, isCoordinatorOf, parseRole } from '$lib/domain/roles';
import type { WorkingGroupDoc } from '$lib/domain/planning/planning.types';
import { groupSync } from './group-sync.svelte';

export interface MyGroup {
  db: string;
  orp: string;
  group: string;
  name: string;
  coordinator: boolean;
}

/**
 * The groups the signed-in user may open: each `orp:<orp>:group:<group>` role, plus every group
 * of an ORP the user coordinates (known from the public `working-group:` records in the
 * catalogue, which also give the groups their names).
 */
export function myGroups(roles: readonly string[], known: readonly WorkingGroupDoc[]): MyGroup[] {
  const found: Record<string, MyGroup> = {};
  const nameOf = (orp: string, group: string) =>
    known.find((k) => k.orp === orp && k.group === group)?.name ?? group;
  const add = (orp: string, group: string) => {
    const db = groupDbName(orp, group);
    found[db] = {
      db,
      orp,
      group,
      name: nameOf(orp, group),
      coordinator: isCoordinatorOf(roles, orp),
    };
  };
  for (const role of roles) {
    const parsed = parseRole(role);
    if (parsed?.kind === 'group') add(parsed.orp, parsed.group);
    if (parsed?.kind === 'coordinator') {
      for (const k of known) if (k.orp === parsed.orp) add(k.orp, k.group);
    }
  }
  return Object.values(found).sort((a, b) => a.name.localeCompare(b.name, 'cs'));
}

class GroupsState {
  list = $state.raw<MyGroup[]>([]);
  #roles: string[] = [];
  #name: string | undefined;
  #known: WorkingGroupDoc[] = [];
  #networkAllowed = false;
  #watchingCatalog = false;

  byDb(db: string): MyGroup | undefined {
    return this.list.find((g) => g.db === db);
  }

  /** The signed-in user changed (or their roles did): reopen the right replicas. */
  setUser(user: { name: string; roles: string[] } | undefined, networkAllowed: boolean): void {
    this.#name = user?.name;
    this.#roles = user?.roles ?? [];
    this.#networkAllowed = networkAllowed;
    if (!this.#watchingCatalog) this.#watchCatalog();
    this.#refresh();
  }

  /** Group names (and a coordinator's groups) come from the public catalogue records. */
  #watchCatalog(): void {
    this.#watchingCatalog = true;
    observeCatalogEntries(
      'working-group',
      (rows) => {
        this.#known = rows.map((r) => r.doc as unknown as WorkingGroupDoc);
        this.#refresh();
      },
      (error) => console.error('Working groups from the catalogue', error),
    );
    this.#refresh();
  }

  #refresh(): void {
    this.list = this.#name ? myGroups(this.#roles, this.#known) : [];
    if (this.#name) {
      groupSync.setDatabases(
        { name: this.#name, roles: this.#roles },
        this.list.map((g) => g.db),
        this.#networkAllowed,
      );
    }
  }
}

export const groups = new GroupsState();
