import {
  commitGroupBatch,
  getGroupCheckpoint,
  groupRowKey,
  type GroupDocRow,
} from './dexie/groups.tables';
import { toGroupRow } from './groups-read-model';
import { onGroupChange, readGroupChanges } from './pouch/group.replica';

const BATCH = 200;

/**
 * Follows one group replica's changes feed into the Dexie read model. Batches never overlap
 * (the next read starts after the previous commit), and each commit stores the checkpoint with
 * the rows, so a reload continues where it stopped. `onConflicts` gets the ids of documents
 * that now have losing revisions (the automatic merge looks at them).
 */
export function projectGroup(
  database: string,
  store: string,
  onConflicts: (ids: string[]) => void,
): () => void {
  let stopped = false;
  let running = false;
  let again = false;

  async function drain(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        let cursor = (await getGroupCheckpoint(store)) ?? 0;
        for (;;) {
          if (stopped) return;
          const { changes, lastSeq } = await readGroupChanges(database, cursor, BATCH);
          if (changes.length === 0) break;
          const put: GroupDocRow[] = [];
          const remove: string[] = [];
          for (const change of changes) {
            const row = toGroupRow(database, change);
            if (row) put.push(row);
            else remove.push(groupRowKey(database, change.id));
          }
          await commitGroupBatch(store, put, remove, lastSeq);
          cursor = lastSeq;
          const conflicted = put.filter((r) => r.conflicted).map((r) => r.id);
          if (conflicted.length) onConflicts(conflicted);
        }
      } while (again && !stopped);
    } finally {
      running = false;
    }
  }

  const run = () => void drain().catch((error: unknown) => console.error('Group projector', error));
  const stopFeed = onGroupChange(database, run);
  run();
  return () => {
    stopped = true;
    stopFeed();
  };
}
