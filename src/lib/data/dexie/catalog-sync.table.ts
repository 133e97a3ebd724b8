import type { CatalogBatch, ServiceRow } from '../catalog-read-model';
import type { FirstSyncState } from '../catalog-snapshot.format';
import { db, getCheckpoint, setCheckpoint, type Checkpoint } from './app.db';

/**
 * Writes of the catalogue sync (catalog-sync.ts): snapshot rows, per-ORP seed rows and live
 * changes go into the derived `services` / `catalogEntries` tables together with the
 * checkpoint and the first-sync state, in ONE transaction each, so a closed tab or a crash
 * never leaves the read model ahead of or behind its checkpoint.
 */
const FIRST_SYNC_KEY = 'catalog:first-sync';

export async function readFirstSync(): Promise<FirstSyncState | undefined> {
  const row = await db.meta.get(FIRST_SYNC_KEY);
  return row?.value as FirstSyncState | undefined;
}

/** Rows, entries, checkpoint and (during the first sync) its state, all or nothing. */
export async function commitCatalogBatch(
  batch: CatalogBatch,
  checkpointName: string,
  checkpoint: Checkpoint | undefined,
  firstSync?: FirstSyncState,
): Promise<void> {
  await db.transaction('rw', [db.services, db.catalogEntries, db.meta], async () => {
    if (batch.remove.length) await db.services.bulkDelete(batch.remove);
    if (batch.put.length) await db.services.bulkPut(batch.put);
    if (batch.entries.remove.length) await db.catalogEntries.bulkDelete(batch.entries.remove);
    if (batch.entries.put.length) await db.catalogEntries.bulkPut(batch.entries.put);
    if (checkpoint) await setCheckpoint(checkpointName, checkpoint);
    if (firstSync) {
      // A per-ORP seed may have committed meanwhile: keep what it recorded.
      const stored = (await db.meta.get(FIRST_SYNC_KEY))?.value as FirstSyncState | undefined;
      const value: FirstSyncState = {
        ...firstSync,
        seeded: [...new Set([...firstSync.seeded, ...(stored?.seeded ?? [])])],
        orps: [...new Set([...firstSync.orps, ...(stored?.orps ?? [])])],
      };
      await db.meta.put({ key: FIRST_SYNC_KEY, value });
    }
  });
}

/** What a seed wrote, and the read model right after it (same transaction). */
export interface SeedResult {
  written: string[];
  count: number;
  checkpoint: Checkpoint | undefined;
}

/**
 * Seeds one ORP's rows during the first sync. A row the full stream already wrote is newer or
 * the same, so only absent (or earlier seeded) rows are written, each marked `seeded`; the end
 * of the first sync deletes seeded rows the stream never rewrote (removed meanwhile). Returns
 * the ids written with the read model's row count and checkpoint after them, or undefined when
 * the first sync has finished (nothing to seed).
 */
export async function seedCatalogRows(
  batch: CatalogBatch,
  orp: string,
  checkpointName: string,
): Promise<SeedResult | undefined> {
  return db.transaction('rw', [db.services, db.catalogEntries, db.meta], async () => {
    const state = (await db.meta.get(FIRST_SYNC_KEY))?.value as FirstSyncState | undefined;
    if (state?.done) return undefined;
    const existing = await db.services.bulkGet(batch.put.map((row) => row.id));
    const rows: ServiceRow[] = batch.put
      .filter((_, i) => !existing[i] || existing[i]!.seeded)
      .map((row) => ({ ...row, seeded: true }));
    if (rows.length) await db.services.bulkPut(rows);
    const entryIds = batch.entries.put.map((entry) => entry.id);
    const present = await db.catalogEntries.bulkGet(entryIds);
    const entries = batch.entries.put.filter((_, i) => !present[i]);
    if (entries.length) await db.catalogEntries.bulkPut(entries);
    const next: FirstSyncState = {
      done: false,
      received: state?.received ?? 0,
      total: state?.total ?? 0,
      seeded: [...new Set([...(state?.seeded ?? []), ...rows.map((row) => row.id)])],
      orps: [...new Set([...(state?.orps ?? []), orp])],
    };
    await db.meta.put({ key: FIRST_SYNC_KEY, value: next });
    const [count, checkpoint] = await Promise.all([
      db.services.count(),
      getCheckpoint(checkpointName),
    ]);
    return { written: rows.map((row) => row.id), count, checkpoint };
  });
}

/** The last line of the snapshot: drop seeded rows it never rewrote, store the final state. */
export async function finishFirstSync(
  checkpointName: string,
  checkpoint: Checkpoint,
  state: FirstSyncState,
): Promise<void> {
  await db.transaction('rw', [db.services, db.meta], async () => {
    const stored = (await db.meta.get(FIRST_SYNC_KEY))?.value as FirstSyncState | undefined;
    const seeded = [...new Set([...state.seeded, ...(stored?.seeded ?? [])])];
    const rows = await db.services.bulkGet(seeded);
    const stale = seeded.filter((_, i) => rows[i]?.seeded);
    if (stale.length) await db.services.bulkDelete(stale);
    await setCheckpoint(checkpointName, checkpoint);
    await db.meta.put({ key: FIRST_SYNC_KEY, value: { ...state, seeded: [], done: true } });
  });
}

/** Drops the derived catalogue (rows, entries, checkpoint, first-sync state) for a rebuild. */
export async function resetCatalogReadModel(checkpointName: string): Promise<void> {
  await db.transaction('rw', [db.services, db.catalogEntries, db.meta], async () => {
    await db.services.clear();
    await db.catalogEntries.clear();
    await db.meta.bulkDelete([`checkpoint:${checkpointName}`, FIRST_SYNC_KEY]);
  });
}
