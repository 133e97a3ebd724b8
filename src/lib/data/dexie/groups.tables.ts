import { liveQuery } from 'dexie';
import { db } from './app.db';

/**
 * Working-group read model: one row per group document, derived from the group replicas by
 * groups.projector.ts (rebuildable at any time). `doc` is the winning revision as stored.
 */
export interface GroupDocRow {
  /** `<db>|<doc id>` */
  key: string;
  db: string;
  id: string;
  type: string;
  /** The meeting's key for meetings and their children (and tasks born in a meeting). */
  meetingKey?: string;
  /** Assignee of a task (lower-cased user name or words). */
  assignee?: string;
  /** The winner has losing revisions that wait for a person or the automatic merge. */
  conflicted: boolean;
  doc: Record<string, unknown>;
}

const checkpointKey = (store: string) => `group-checkpoint:${store}`;
const SESSION_KEY = 'session:user';

export function groupRowKey(database: string, id: string): string {
  return `${database}|${id}`;
}

export async function getGroupCheckpoint(store: string): Promise<string | number | undefined> {
  const row = await db.meta.get(checkpointKey(store));
  return row?.value as string | number | undefined;
}

/** Rows and checkpoint commit together, so a crash never leaves the read model half-applied. */
export async function commitGroupBatch(
  store: string,
  put: readonly GroupDocRow[],
  remove: readonly string[],
  seq: string | number,
): Promise<void> {
  await db.transaction('rw', [db.groupDocs, db.meta], async () => {
    if (remove.length) await db.groupDocs.bulkDelete([...remove]);
    if (put.length) await db.groupDocs.bulkPut([...put]);
    await db.meta.put({ key: checkpointKey(store), value: seq });
  });
}

export async function clearAllGroupRows(): Promise<void> {
  await db.transaction('rw', [db.groupDocs, db.meta], async () => {
    await db.groupDocs.clear();
    const keys = await db.meta.where('key').startsWith('group-checkpoint:').primaryKeys();
    await db.meta.bulkDelete(keys);
  });
}

function observe<T>(query: () => Promise<T>, onValue: (value: T) => void): () => void {
  const subscription = liveQuery(query).subscribe({
    next: onValue,
    error: (error: unknown) => console.error('Group read model query failed', error),
  });
  return () => subscription.unsubscribe();
}

export function observeGroupRowsOfType(
  database: string,
  type: string,
  onValue: (rows: GroupDocRow[]) => void,
): () => void {
  return observe(() => db.groupDocs.where('[db+type]').equals([database, type]).toArray(), onValue);
}

export function observeMeetingRows(
  database: string,
  meetingKey: string,
  onValue: (rows: GroupDocRow[]) => void,
): () => void {
  return observe(
    () => db.groupDocs.where('[db+meetingKey]').equals([database, meetingKey]).toArray(),
    onValue,
  );
}

export function observeRowsOfType(
  type: string,
  onValue: (rows: GroupDocRow[]) => void,
): () => void {
  return observe(() => db.groupDocs.where('type').equals(type).toArray(), onValue);
}

export function observeConflictedRows(
  database: string,
  onValue: (rows: GroupDocRow[]) => void,
): () => void {
  return observe(
    () =>
      db.groupDocs
        .where('db')
        .equals(database)
        .filter((row) => row.conflicted)
        .toArray(),
    onValue,
  );
}

/** The signed-in user as last confirmed by the server: lets a member work offline. */
export interface CachedUser {
  name: string;
  roles: string[];
  confirmedAt: string;
}

export async function getCachedUser(): Promise<CachedUser | undefined> {
  const row = await db.settings.get(SESSION_KEY);
  return row?.value as CachedUser | undefined;
}

export async function putCachedUser(user: CachedUser): Promise<void> {
  await db.settings.put({ key: SESSION_KEY, value: user });
}

export async function clearCachedUser(): Promise<void> {
  await db.settings.delete(SESSION_KEY);
}

/**
 * Agenda items, decisions and tasks of the ORP's groups that reference a plan activity
 * (`activityId`), for the activity's page. A scan: a member's group read model is small, and an
 * index would need a schema version for one optional field.
 */
export function observeRowsOfActivity(
  orp: string,
  activityId: string,
  onValue: (rows: GroupDocRow[]) => void,
): () => void {
  const prefix = `orp-${orp}-group-`;
  return observe(
    () =>
      db.groupDocs
        .where('db')
        .startsWith(prefix)
        .filter((row) => row.doc.activityId === activityId || row.type === 'meeting')
        .toArray(),
    onValue,
  );
}
