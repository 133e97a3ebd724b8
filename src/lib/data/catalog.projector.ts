import { commitServiceBatch, getCheckpoint, resetServices, type Checkpoint } from './dexie/app.db';
import { watchCatalogChanges } from './pouch/catalog.replica';
import { planServiceBatch, SERVICE_PROJECTION_VERSION } from './catalog-read-model';

const CHECKPOINT = 'catalog.services';

/**
 * Projects the catalog replica's changes feed into the Dexie `services` table, resuming from
 * the stored checkpoint. A checkpoint from another projection version means the row shape
 * changed: the table is dropped and rebuilt from the start of the feed.
 */
export async function startCatalogProjector(onError: (error: string) => void): Promise<() => void> {
  let stored: Checkpoint | undefined = await getCheckpoint(CHECKPOINT);
  if (stored && stored.version !== SERVICE_PROJECTION_VERSION) {
    await resetServices(CHECKPOINT);
    stored = undefined;
  }
  // Sequence values are opaque (numbers locally, strings on CouchDB 3): stored as given.
  return watchCatalogChanges(
    stored?.seq ?? 0,
    (changes, lastSeq) =>
      commitServiceBatch(planServiceBatch(changes), CHECKPOINT, {
        seq: lastSeq,
        version: SERVICE_PROJECTION_VERSION,
      }),
    onError,
  );
}
