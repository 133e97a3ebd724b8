import Dexie, { liveQuery, type EntityTable } from 'dexie';
import type { ServiceRow } from '../catalog-read-model';

interface MetaRow {
  key: string;
  value: unknown;
}

/** Device-side store. `services` is derived from the catalog replica (see catalog.projector). */
class AppDb extends Dexie {
  services!: EntityTable<ServiceRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor() {
    super('rozcestnik');
    this.version(1).stores({
      services: 'id, nameSort, serviceTypeSection',
      meta: 'key',
    });
  }
}

const db = new AppDb();

export type Seq = string | number;

export interface Checkpoint {
  seq: Seq;
  version: number;
}

const checkpointKey = (name: string) => `checkpoint:${name}`;

export async function getCheckpoint(name: string): Promise<Checkpoint | undefined> {
  const row = await db.meta.get(checkpointKey(name));
  return row?.value as Checkpoint | undefined;
}

export async function setCheckpoint(name: string, checkpoint: Checkpoint): Promise<void> {
  await db.meta.put({ key: checkpointKey(name), value: checkpoint });
}

export async function putServices(rows: readonly ServiceRow[]): Promise<void> {
  await db.services.bulkPut([...rows]);
}

export async function deleteServices(ids: readonly string[]): Promise<void> {
  await db.services.bulkDelete([...ids]);
}

/** Rows and checkpoint commit together, so a crash never leaves the read model half-applied. */
export async function commitServiceBatch(
  batch: { put: readonly ServiceRow[]; remove: readonly string[] },
  checkpointName: string,
  checkpoint: Checkpoint,
): Promise<void> {
  await db.transaction('rw', db.services, db.meta, async () => {
    if (batch.remove.length) await deleteServices(batch.remove);
    if (batch.put.length) await putServices(batch.put);
    await setCheckpoint(checkpointName, checkpoint);
  });
}

/** Drops the derived rows and checkpoint; the projector then rebuilds from the replica. */
export async function resetServices(checkpointName: string): Promise<void> {
  await db.transaction('rw', db.services, db.meta, async () => {
    await db.services.clear();
    await db.meta.delete(checkpointKey(checkpointName));
  });
}

/** Live view of all service rows; returns an unsubscribe function. */
export function observeServices(
  onValue: (rows: ServiceRow[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => db.services.toArray()).subscribe({
    next: onValue,
    error: onError,
  });
  return () => subscription.unsubscribe();
}
