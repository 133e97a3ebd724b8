/** One row of a replica's changes feed (default style: the winning revision). */
export interface FeedChange {
  id: string;
  changes: { rev: string }[];
}

/**
 * Revisions the pull wrote into each replica (by replica name, then document id), for this
 * page's lifetime. A pulled document gets a local seq after the push checkpoint, and stays there
 * until the push next catches up and moves the checkpoint: counting every change after the
 * checkpoint then called a document that came from the server an unsent change ("2 unsent
 * changes" for one edit made offline).
 */
export class PulledRevisions {
  #byReplica = new Map<string, Map<string, string>>();

  note(replica: string, docs: readonly { _id: string; _rev?: string }[]): void {
    let revs = this.#byReplica.get(replica);
    if (!revs) this.#byReplica.set(replica, (revs = new Map()));
    for (const doc of docs) if (doc._rev) revs.set(doc._id, doc._rev);
  }

  /** The changes after the push checkpoint that only this device has. */
  unsent(replica: string, changes: readonly FeedChange[]): FeedChange[] {
    const revs = this.#byReplica.get(replica);
    return changes.filter(
      (change) =>
        !change.id.startsWith('_local/') && revs?.get(change.id) !== change.changes[0]?.rev,
    );
  }

  forget(replica: string): void {
    this.#byReplica.delete(replica);
  }
}
