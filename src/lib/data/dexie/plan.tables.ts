import { liveQuery } from 'dexie';
import { db } from './app.db';

/**
 * ORP plan read model: one row per plan document, derived from the plan replicas by
 * member.projector.ts (rebuildable at any time). `doc` is the winning revision as stored.
 */
export interface PlanDocRow {
  /** `<db>|<doc id>` */
  key: string;
  db: string;
  id: string;
  type: string;
  /** `activity:<code>` for activities, their monitoring and action-plan items. */
  activityId?: string;
  /** The winner has losing revisions that wait for a person or the automatic merge. */
  conflicted: boolean;
  doc: Record<string, unknown>;
}

const checkpointKey = (store: string) => `plan-checkpoint:${store}`;

export async function getPlanCheckpoint(store: string): Promise<string | number | undefined> {
  const row = await db.meta.get(checkpointKey(store));
  return row?.value as string | number | undefined;
}

/** Rows and checkpoint commit together, so a crash never leaves the read model half-applied. */
export async function commitPlanBatch(
  store: string,
  put: readonly PlanDocRow[],
  remove: readonly string[],
  seq: string | number,
): Promise<void> {
  await db.transaction('rw', [db.planDocs, db.meta], async () => {
    if (remove.length) await db.planDocs.bulkDelete([...remove]);
    if (put.length) await db.planDocs.bulkPut([...put]);
    await db.meta.put({ key: checkpointKey(store), value: seq });
  });
}

export async function clearAllPlanRows(): Promise<void> {
  await db.transaction('rw', [db.planDocs, db.meta], async () => {
    await db.planDocs.clear();
    const keys = await db.meta.where('key').startsWith('plan-checkpoint:').primaryKeys();
    await db.meta.bulkDelete(keys);
  });
}

function observe<T>(query: () => Promise<T>, onValue: (value: T) => void): () => void {
  const subscription = liveQuery(query).subscribe({
    next: onValue,
    error: (error: unknown) => console.error('Plan read model query failed', error),
  });
  return () => subscription.unsubscribe();
}

/** Every document of one plan database (a plan is hundreds of documents, not thousands). */
export function observePlanRows(
  database: string,
  onValue: (rows: PlanDocRow[]) => void,
): () => void {
  return observe(() => db.planDocs.where('db').equals(database).toArray(), onValue);
}

export function observeConflictedPlanRows(
  database: string,
  onValue: (rows: PlanDocRow[]) => void,
): () => void {
  return observe(
    () =>
      db.planDocs
        .where('db')
        .equals(database)
        .filter((row) => row.conflicted)
        .toArray(),
    onValue,
  );
}

/** Every plan activity on the device, across ORPs (a few plans of up to hundreds of rows). */
export function observeActivityRows(onValue: (rows: PlanDocRow[]) => void): () => void {
  return observe(() => db.planDocs.filter((row) => row.type === 'activity').toArray(), onValue);
}
