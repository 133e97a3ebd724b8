import type { SearchDoc } from '$domain/search/search-engine';
import type { SearchSnapshot } from '$domain/search/search-snapshot';
import { toSearchDoc } from '$domain/search/search-snapshot';
import { db, getCheckpoint, type Checkpoint } from './app.db';

/**
 * The persisted search index lives in `meta` under one key: one value, one read at start-up,
 * and no schema change. It is derived data: deleting it only costs one rebuild.
 */
const SNAPSHOT_KEY = 'search:snapshot';
/** Same checkpoint name the catalogue projector writes (catalog.projector.ts). */
const CATALOG_CHECKPOINT = 'catalog.services';

export async function loadSearchSnapshot(): Promise<SearchSnapshot | undefined> {
  const row = await db.meta.get(SNAPSHOT_KEY);
  return row?.value as SearchSnapshot | undefined;
}

export async function saveSearchSnapshot(snapshot: SearchSnapshot): Promise<void> {
  await db.meta.put({ key: SNAPSHOT_KEY, value: snapshot });
}

/** The read model's current state, cheaply: the projector's checkpoint and the row count. */
export async function readCatalogState(): Promise<{
  checkpoint: Checkpoint | undefined;
  count: number;
}> {
  return db.transaction('r', [db.services, db.meta], async () => ({
    checkpoint: await getCheckpoint(CATALOG_CHECKPOINT),
    count: await db.services.count(),
  }));
}

/**
 * All service rows as compact search rows, plus the state they were read at (one read
 * transaction, so rows and key agree). Runs in the search worker: the full documents are
 * deserialised there, never on the page's thread.
 */
export async function readSearchSource(): Promise<{
  docs: SearchDoc[];
  checkpoint: Checkpoint | undefined;
  count: number;
}> {
  return db.transaction('r', [db.services, db.meta], async () => {
    const checkpoint = await getCheckpoint(CATALOG_CHECKPOINT);
    const rows = await db.services.toArray();
    return { docs: rows.map(toSearchDoc), checkpoint, count: rows.length };
  });
}
