/** One row of a replica's changes feed, `style: 'all_docs'`: every leaf revision. */
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
  #byReplica = new Map<string, Map<string, Set<string>>>();

  note(replica: string, docs: readonly { _id: string; _rev?: string }[]): void {
    let revs = this.#byReplica.get(replica);
    if (!revs) this.#byReplica.set(replica, (revs = new Map()));
    for (const doc of docs) {
      if (!doc._rev) continue;
      let ofDoc = revs.get(doc._id);
      if (!ofDoc) revs.set(doc._id, (ofDoc = new Set()));
      ofDoc.add(doc._rev);
    }
  }

  /**
   * The changes after the push checkpoint that only this device has: any leaf revision the pull
   * did not bring counts, so a local edit that lost a conflict to a pulled one is still unsent
   * (counting too much only asks once more; counting too little could let sign-out delete it).
   */
  unsent(replica: string, changes: readonly FeedChange[]): FeedChange[] {
    const revs = this.#byReplica.get(replica);
    return changes.filter(
      (change) =>
        !change.id.startsWith('_local/') &&
        change.changes.some(({ rev }) => !revs?.get(change.id)?.has(rev)),
    );
  }

  forget(replica: string): void {
    this.#byReplica.delete(replica);
  }
}
