import {
  INITIAL_SNAPSHOT_STATE,
  parsePart,
  partUrl,
  retryDelayMs,
  type Seq,
  type SnapshotPart,
  type SnapshotState,
} from './catalog-snapshot.format';

/**
 * First sync from sync-server's snapshot instead of document-by-document replication.
 *
 * Each part is stored with `bulkDocs(docs, { new_edits: false })`: the documents keep the
 * revisions (and `_revisions` ancestry) CouchDB gave them, exactly as replication would have
 * written them, so later replication sees them as already present (`_revs_diff`) and
 * conflicts stay conflicts. The cursor is saved after every part in a `_local/` document
 * (never replicated), so a cut connection or a closed tab resumes with the part in flight.
 */
const STATE_ID = '_local/rozcestnik-snapshot';

export interface SnapshotTarget {
  bulkDocs(docs: object[], options: { new_edits: false }): Promise<unknown>;
  get(id: string): Promise<Record<string, unknown>>;
  put(doc: Record<string, unknown>): Promise<unknown>;
}

export async function readSnapshotState(db: SnapshotTarget): Promise<SnapshotState | undefined> {
  try {
    const doc = await db.get(STATE_ID);
    return { ...INITIAL_SNAPSHOT_STATE, ...(doc.state as Partial<SnapshotState>) };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

export async function writeSnapshotState(db: SnapshotTarget, state: SnapshotState): Promise<void> {
  let rev: string | undefined;
  try {
    rev = (await db.get(STATE_ID))._rev as string;
  } catch {
    rev = undefined;
  }
  await db.put({ _id: STATE_ID, ...(rev ? { _rev: rev } : {}), state });
}

/** The server has no snapshot endpoint (an older sync-server): replicate the usual way. */
export class SnapshotUnavailable extends Error {}

export interface SnapshotCallbacks {
  onProgress(received: number, total: number, done: boolean): void;
  /** A part failed (network cut, server down); it is retried. */
  onRetry(error: string): void;
  isStopped(): boolean;
}

function sleep(ms: number, wake: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      removeEventListener('online', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    // Coming back online retries at once instead of waiting out the backoff.
    if (!wake()) addEventListener('online', done);
  });
}

/** One part, retried until it arrives or the sync is stopped (then undefined). */
async function fetchPart(
  since: Seq,
  callbacks: SnapshotCallbacks,
): Promise<SnapshotPart | undefined> {
  for (let attempt = 0; !callbacks.isStopped(); attempt++) {
    try {
      // Default cache mode: the browser revalidates with If-None-Match and may get a 304.
      const response = await fetch(partUrl(location.origin, since));
      if (response.status === 404) throw new SnapshotUnavailable('no snapshot endpoint');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return parsePart(await response.json());
    } catch (error) {
      if (error instanceof SnapshotUnavailable) throw error;
      if (callbacks.isStopped()) return undefined;
      callbacks.onRetry(error instanceof Error ? error.message : String(error));
      await sleep(retryDelayMs(attempt), () => callbacks.isStopped());
    }
  }
  return undefined;
}

/**
 * Loads the snapshot into `db`, resuming from the saved cursor. Resolves with the sequence
 * replication continues from, or undefined when stopped first. The next part downloads while
 * the current one is written, so the network never waits for IndexedDB.
 */
export async function loadCatalogSnapshot(
  db: SnapshotTarget,
  callbacks: SnapshotCallbacks,
): Promise<Seq | undefined> {
  let state = (await readSnapshotState(db)) ?? INITIAL_SNAPSHOT_STATE;
  if (state.done) return state.cursor;
  let next = fetchPart(state.cursor, callbacks);
  for (;;) {
    const part = await next;
    if (!part) return undefined;
    if (!part.done) next = fetchPart(part.last_seq, callbacks);
    if (part.docs.length > 0) await db.bulkDocs(part.docs, { new_edits: false });
    state = {
      ...state,
      cursor: part.last_seq,
      received: state.received + part.rows,
      total: Math.max(part.total, state.received + part.rows),
      done: part.done,
    };
    await writeSnapshotState(db, state);
    callbacks.onProgress(state.received, state.total, state.done);
    if (part.done) return state.cursor;
  }
}
