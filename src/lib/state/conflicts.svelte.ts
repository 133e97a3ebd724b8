import type { GroupDocRow } from '$lib/data/dexie/groups.tables';
import type { JsonObject } from '$lib/domain/sync/json-value';
import { groupSync } from './group-sync.svelte';

// Dexie and PouchDB load on first use: this page is reached only by signed-in members.
const tables = () => import('$lib/data/dexie/groups.tables');

/**
 * The conflicted documents of one group. The list comes from the read model (there at once,
 * also after a reload); reading a conflict's versions waits until the group's replica is open,
 * which after a direct load or a reload happens only once the session is restored.
 */
class GroupConflictsState {
  rows = $state.raw<GroupDocRow[]>([]);
  loaded = $state(false);

  open(db: string): () => void {
    let stop: (() => void) | undefined;
    let closed = false;
    this.loaded = false;
    this.rows = [];
    void tables().then(({ observeConflictedRows }) => {
      if (closed) return;
      stop = observeConflictedRows(db, (rows) => {
        this.rows = rows;
        this.loaded = true;
      });
    });
    return () => {
      closed = true;
      stop?.();
    };
  }
}

export const groupConflicts = new GroupConflictsState();

/** Whether the replica that holds the conflict's versions can be read yet. */
export function replicaOpen(db: string): boolean {
  return groupSync.isOpen(db);
}

/** Who wrote a version and when, as the version's heading says it. */
export interface VersionAuthor {
  mine: boolean;
  name: string;
  at: string;
}

export function authorOf(version: JsonObject, me: string | undefined): VersionAuthor {
  const name = typeof version.updatedBy === 'string' ? version.updatedBy : '';
  return {
    mine: me !== undefined && name === me,
    name,
    at: typeof version.updatedAt === 'string' ? version.updatedAt : '',
  };
}
