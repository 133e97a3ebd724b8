import { observeGroupRowsOfType } from '$lib/data/dexie/groups.tables';
import type { RosterDoc, RosterMember } from '$lib/domain/groups/group.types';
import { displayNameOf } from '$lib/domain/groups/roster';

/** The roster of the group whose page is open, live from the read model. */
class RosterState {
  roster = $state.raw<RosterDoc | undefined>(undefined);
  db = $state('');
  members = $derived<RosterMember[]>(this.roster?.members ?? []);
  #stop: (() => void) | undefined;

  open(db: string): () => void {
    this.#stop?.();
    if (this.db !== db) this.roster = undefined;
    this.db = db;
    const stop = observeGroupRowsOfType(db, 'roster', (rows) => {
      const live = rows.find((row) => !(row.doc as { _deleted?: boolean })._deleted);
      this.roster = live?.doc as unknown as RosterDoc | undefined;
    });
    this.#stop = stop;
    // Only its own subscription: the next page may have opened the roster again already.
    return () => {
      stop();
      if (this.#stop === stop) this.#stop = undefined;
    };
  }

  /** The name people know for a user name (a typed name or an old entry shows as it is). */
  displayName(name: string): string {
    return displayNameOf(this.members, name);
  }

  has(name: string): boolean {
    return this.members.some((m) => m.name === name);
  }
}

export const roster = new RosterState();
