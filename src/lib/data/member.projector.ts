import { parseDbName } from '$lib/domain/roles';
import { commitGroupBatch, getGroupCheckpoint, groupRowKey } from './dexie/groups.tables';
import { commitPlanBatch, getPlanCheckpoint } from './dexie/plan.tables';
import { toGroupRow } from './groups-read-model';
import { toPlanRow } from './plan-read-model';
import { onMemberChange, readMemberChanges, type MemberChange } from './pouch/member.replica';

const BATCH = 200;

interface Row {
  key: string;
  id: string;
  conflicted: boolean;
}

/** Where one kind of member database projects to: its row mapping and its Dexie table. */
interface Sink<R extends Row> {
  toRow: (database: string, change: MemberChange) => R | undefined;
  checkpoint: (store: string) => Promise<string | number | undefined>;
  commit: (
    store: string,
    put: readonly R[],
    remove: readonly string[],
    seq: string | number,
  ) => Promise<void>;
}

/** Sound because a sink only ever commits the rows its own `toRow` made. */
function erase<R extends Row>(sink: Sink<R>): Sink<Row> {
  return sink as unknown as Sink<Row>;
}

const SINKS: Record<'group' | 'plan', Sink<Row>> = {
  group: erase({ toRow: toGroupRow, checkpoint: getGroupCheckpoint, commit: commitGroupBatch }),
  plan: erase({ toRow: toPlanRow, checkpoint: getPlanCheckpoint, commit: commitPlanBatch }),
};

/**
 * Follows one member replica's changes feed (a working group's or an ORP plan's) into its Dexie
 * read model. Batches never overlap (the next read starts after the previous commit), and each
 * commit stores the checkpoint with the rows, so a reload continues where it stopped.
 * `onConflicts` gets the ids of documents that now have losing revisions (the automatic merge
 * looks at them).
 */
export function projectMember(
  database: string,
  store: string,
  onConflicts: (ids: string[]) => void,
): () => void {
  const kind = parseDbName(database)?.kind;
  if (!kind) throw new Error(`Not a member database: ${database}`);
  const sink = SINKS[kind];
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
        let cursor = (await sink.checkpoint(store)) ?? 0;
        for (;;) {
          if (stopped) return;
          const { changes, lastSeq } = await readMemberChanges(database, cursor, BATCH);
          if (changes.length === 0) break;
          const put: Row[] = [];
          const remove: string[] = [];
          for (const change of changes) {
            const row = sink.toRow(database, change);
            if (row) put.push(row);
            else remove.push(groupRowKey(database, change.id));
          }
          await sink.commit(store, put, remove, lastSeq);
          cursor = lastSeq;
          const conflicted = put.filter((r) => r.conflicted).map((r) => r.id);
          if (conflicted.length) onConflicts(conflicted);
        }
      } while (again && !stopped);
    } finally {
      running = false;
    }
  }

  const run = () =>
    void drain().catch((error: unknown) => console.error('Member projector', database, error));
  const stopFeed = onMemberChange(database, run);
  run();
  return () => {
    stopped = true;
    stopFeed();
  };
}
