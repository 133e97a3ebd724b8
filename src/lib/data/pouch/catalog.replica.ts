import PouchDB from 'pouchdb-browser';
import type { CatalogChange } from '../catalog-read-model';
import {
  INITIAL_SNAPSHOT_STATE,
  progressPercent,
  replicationSince,
  type Seq,
} from './catalog-snapshot.format';
import {
  loadCatalogSnapshot,
  readSnapshotState,
  SnapshotUnavailable,
  writeSnapshotState,
} from './catalog-snapshot.loader';

export type { Seq };

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

/** First-sync progress from the snapshot, in whole percent. */
export interface FirstSyncProgress {
  percent: number;
  done: boolean;
}

function replicateLive(
  since: Seq | undefined,
  onEvent: (event: ReplicationEvent) => void,
  onCaughtUp: () => void,
): () => void {
  const remote = new PouchDB(`${location.origin}/db/catalog`, { skip_setup: true });
  // `since` (only right after a snapshot): PouchDB writes it as this replication's checkpoint
  // (`_local/<replication id>` on the target) before reading changes, so every later start
  // continues from its own checkpoint without being told.
  const replication = PouchDB.replicate(remote, localDb(), {
    live: true,
    retry: true,
    batch_size: BATCH_SIZE,
    checkpoint: 'target',
    ...(since === undefined ? {} : { since }),
  });
  // Failures arrive as events (retry keeps it alive); the promise side adds nothing.
  void replication
    .on('active', () => onEvent({ kind: 'active' }))
    .on('paused', (error: unknown) => {
      if (!error) onCaughtUp();
      onEvent(error ? { kind: 'paused', error: describe(error) } : { kind: 'paused' });
    })
    .on('denied', (error: unknown) => onEvent({ kind: 'denied', error: describe(error) }))
    .on('error', (error: unknown) => onEvent({ kind: 'error', error: describe(error) }));
  return () => {
    replication.cancel();
    void remote.close();
  };
}

/**
 * Starts the catalogue's pull sync. A fresh device (or one with an unfinished snapshot) first
 * loads sync-server's snapshot (catalog-snapshot.loader.ts), then continuous replication
 * continues from the snapshot's sequence. Returns a stop function.
 * skip_setup: anonymous clients must never try to create the remote database.
 * checkpoint 'target': anonymous users cannot write `_local` docs on the server, so the
 * checkpoint lives only in the local replica.
 */
export function startCatalogPull(
  onEvent: (event: ReplicationEvent) => void,
  onFirstSync: (progress: FirstSyncProgress) => void = () => undefined,
): () => void {
  const db = localDb();
  let stopped = false;
  let stopLive: (() => void) | undefined;

  async function run(): Promise<void> {
    let state = await readSnapshotState(db);
    // update_seq 0: nothing was ever written here, so a snapshot beats replication from 0.
    if (!state && (await db.info()).update_seq === 0) state = { ...INITIAL_SNAPSHOT_STATE };
    if (state && !state.done) {
      onFirstSync({ percent: progressPercent(state.received, state.total, false), done: false });
      try {
        const seq = await loadCatalogSnapshot(db, {
          onProgress: (received, total, done) =>
            onFirstSync({ percent: progressPercent(received, total, done), done }),
          onRetry: (error) => onEvent({ kind: 'paused', error }),
          isStopped: () => stopped,
        });
        if (seq === undefined) return;
        state = await readSnapshotState(db);
      } catch (error) {
        if (!(error instanceof SnapshotUnavailable)) throw error;
        state = undefined;
        onFirstSync({ percent: 0, done: true });
      }
    }
    if (stopped) return;
    const handOver = state && !state.handedOver ? state : undefined;
    stopLive = replicateLive(replicationSince(state), onEvent, () => {
      if (!handOver || handOver.handedOver) return;
      handOver.handedOver = true;
      void writeSnapshotState(db, handOver);
    });
  }

  run().catch((error: unknown) => onEvent({ kind: 'error', error: describe(error) }));
  return () => {
    stopped = true;
    stopLive?.();
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
