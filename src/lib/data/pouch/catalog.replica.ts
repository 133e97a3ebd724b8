import PouchDB from 'pouchdb-browser';
import type { CatalogChange } from '../catalog-read-model';

export type Seq = string | number;

/** Replication state in plain terms; no PouchDB types leave this module. */
export type ReplicationEvent =
  | { kind: 'active' }
  | { kind: 'paused'; error?: string }
  | { kind: 'error'; error: string }
  | { kind: 'denied'; error: string };

const LOCAL_NAME = 'rozcestnik-catalog';
const BATCH_SIZE = 500;

let local: PouchDB.Database | undefined;

function localDb(): PouchDB.Database {
  local ??= new PouchDB(LOCAL_NAME);
  return local;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { status?: number; message?: string; reason?: string; name?: string };
    const detail = e.reason ?? e.message ?? e.name ?? 'neznámá chyba';
    return e.status ? `${e.status}: ${detail}` : detail;
  }
  return String(error);
}

/**
 * Starts continuous pull replication from the same-origin proxy. Returns a stop function.
 * skip_setup: anonymous clients must never try to create the remote database.
 * checkpoint 'target': the remote is read-only for them, so keep checkpoints local.
 */
export function startCatalogPull(onEvent: (event: ReplicationEvent) => void): () => void {
  const remote = new PouchDB(`${location.origin}/db/catalog`, { skip_setup: true });
  const replication = PouchDB.replicate(remote, localDb(), {
    live: true,
    retry: true,
    batch_size: BATCH_SIZE,
    checkpoint: 'target',
  });
  // Failures arrive as events (retry keeps it alive); the promise side adds nothing.
  void replication
    .on('active', () => onEvent({ kind: 'active' }))
    .on('paused', (error: unknown) =>
      onEvent(error ? { kind: 'paused', error: describe(error) } : { kind: 'paused' }),
    )
    .on('denied', (error: unknown) => onEvent({ kind: 'denied', error: describe(error) }))
    .on('error', (error: unknown) => onEvent({ kind: 'error', error: describe(error) }));
  return () => {
    replication.cancel();
    void remote.close();
  };
}

/**
 * Feeds every change after `since` to `onBatch` in order, in batches, then keeps following.
 * Batches never overlap: the next one starts after `onBatch` resolves, so a consumer can
 * store its checkpoint with each batch.
 */
export function watchCatalogChanges(
  since: Seq,
  onBatch: (changes: CatalogChange[], lastSeq: Seq) => Promise<void>,
  onError: (error: string) => void,
): () => void {
  const db = localDb();
  let cursor: Seq = since;
  let stopped = false;
  let draining: Promise<void> | undefined;
  let again = false;

  async function drain(): Promise<void> {
    for (;;) {
      const page = await db.changes({ since: cursor, limit: BATCH_SIZE, include_docs: true });
      if (stopped || page.results.length === 0) return;
      const changes = page.results.map((r) => ({
        id: r.id,
        deleted: r.deleted === true,
        doc: r.doc,
      }));
      await onBatch(changes, page.last_seq);
      cursor = page.last_seq;
    }
  }

  function schedule(): void {
    if (stopped) return;
    if (draining) {
      again = true;
      return;
    }
    draining = drain()
      .catch((error: unknown) => onError(describe(error)))
      .finally(() => {
        draining = undefined;
        if (again) {
          again = false;
          schedule();
        }
      });
  }

  // The live feed is only a doorbell; drain() reads the changes in checkpointed pages.
  const feed = db.changes({ live: true, since: 'now' });
  void feed.on('change', schedule).on('error', (error: unknown) => onError(describe(error)));
  schedule();

  return () => {
    stopped = true;
    feed.cancel();
  };
}
