import { observeCatalogEntries } from '$lib/data/dexie/catalog-entries.table';
import type { WorkingGroupDoc } from '$lib/domain/planning/planning.types';
import { myGroups, type MyGroup } from '$lib/data/groups-read-model';
import { groupSync } from './group-sync.svelte';

export type { MyGroup };

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
