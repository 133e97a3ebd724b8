import {
  planServiceBatch,
  SERVICE_PROJECTION_VERSION,
  type CatalogBatch,
  type CatalogChange,
  type ServiceRow,
} from './catalog-read-model';
import {
  INITIAL_FIRST_SYNC,
  LineSplitter,
  orpSnapshotUrl,
  parseLine,
  progressPercent,
  retryDelayMs,
  snapshotUrl,
  type FirstSyncState,
  type Seq,
} from './catalog-snapshot.format';
import { getCheckpoint, type Checkpoint } from './dexie/app.db';
import {
  commitCatalogBatch,
  finishFirstSync,
  readFirstSync,
  resetCatalogReadModel,
  seedCatalogRows,
} from './dexie/catalog-sync.table';

/**
 * The catalogue's pull sync, straight into the Dexie read model (no PouchDB: the public
 * catalogue is read-only on devices, so nothing ever syncs up, and the derived tables are the
 * only local copy the app reads). See ARCHITECTURE.md, "Catalogue data".
 *
 *  1. First sync: with a remembered territory, that ORP's snapshot first (one request), then
 *     the whole catalogue as one stream (catalog-snapshot.format.ts), committed in large
 *     transactions with its checkpoint, resumed from that checkpoint after a cut or a reload.
 *  2. Then `/db/catalog/_changes?include_docs=true` from the checkpoint, long-polled, each page
 *     committed with its `last_seq`.
 */
const CHECKPOINT = 'catalog.services';
const FEED_LIMIT = 500;
const LONGPOLL_MS = 25_000;
const SEED_HOLD_MS = 5_000;

/** Sync state in plain terms for the UI. */
export type SyncEvent =
  | { kind: 'active' }
  | { kind: 'paused'; error?: string }
  | { kind: 'error'; error: string }
  | { kind: 'denied'; error: string };

/** First-sync progress in whole percent. */
export interface FirstSyncProgress {
  percent: number;
  done: boolean;
}

export interface CatalogSyncEvents {
  onEvent(event: SyncEvent): void;
  onFirstSync(progress: FirstSyncProgress): void;
  /**
   * A per-ORP snapshot is in the read model. The full stream keeps downloading but commits
   * nothing until the returned promise settles (at most SEED_HOLD_MS), so the list and the
   * search index are built over that territory alone first, not over a growing table.
   */
  onSeeded(orp: string): Promise<void> | void;
}

/**
 * Watches the first sync's stream as it commits (the sync worker builds the search index from
 * it, see catalog-sync.search.ts). Called in order, each awaited before the sync moves on.
 */
/** What a seed wrote: its rows, and the read model's count and checkpoint right after. */
export interface SeededOrp {
  rows: ServiceRow[];
  count: number;
  checkpoint: Checkpoint | undefined;
}

export interface FirstSyncObserver {
  /** A stream attempt starts from `since` (0: from the beginning). */
  begin(since: Seq): void;
  /** A batch of the stream is in the read model. */
  committed(batch: CatalogBatch): void;
  /** The read model holds the whole stream, checkpoint `seq`; runs before `done` is reported. */
  finished(seq: Seq): Promise<void>;
  /**
   * An ORP's snapshot is about to be seeded; the function returned runs once it was (before
   * `onSeeded`), or with undefined when it was not.
   */
  seeding(batch: CatalogBatch): (seed: SeededOrp | undefined) => void;
}

/**
 * CPU time of the sync's own synchronous work, per phase, in milliseconds (plus the wall time
 * of the Dexie commits, which includes waiting for IndexedDB). bench:first-sync reads it in the
 * worker: CDP's CPU throttling does not reach workers, so this is what it cannot slow down.
 */
export const syncBusy = { parse: 0, plan: 0, index: 0, finish: 0, commitWall: 0 };

export function timed<T>(phase: keyof typeof syncBusy, task: () => T): T {
  const started = performance.now();
  try {
    return task();
  } finally {
    syncBusy[phase] += performance.now() - started;
  }
}

async function timedAsync<T>(phase: keyof typeof syncBusy, task: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await task();
  } finally {
    syncBusy[phase] += performance.now() - started;
  }
}

export interface CatalogSync {
  /** The user picked a territory: during the first sync, fetch its services first. */
  seedOrp(orp: string): void;
  stop(): void;
}

class Refused extends Error {}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function checkpointOf(seq: Seq): Checkpoint {
  return { seq, version: SERVICE_PROJECTION_VERSION };
}

/** Requests the app may start before this module has loaded (one round trip earlier). */
export interface EarlyRequests {
  snapshot?: Promise<Response>;
  orp?: { orp: string; response: Promise<Response> };
  /** Aborts whatever early request this device turns out not to need. */
  cancel?: () => void;
}

export function startCatalogSync(
  events: CatalogSyncEvents,
  territory?: string,
  early: EarlyRequests = {},
  observer?: FirstSyncObserver,
): CatalogSync {
  const early_ = { ...early };
  const abort = new AbortController();
  let hold: Promise<void> = Promise.resolve();
  const stopped = () => abort.signal.aborted;
  let firstSync: FirstSyncState | undefined;
  const seeding = new Map<string, Promise<void>>();

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        removeEventListener('online', done);
        abort.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      // Coming back online retries at once instead of waiting out the backoff.
      addEventListener('online', done);
      abort.signal.addEventListener('abort', done);
    });
  }

  /** Takes an early request for `url` once, else fetches. */
  function request(url: string, earlyResponse?: Promise<Response>): Promise<Response> {
    return earlyResponse ?? fetch(url, { cache: 'no-store', signal: abort.signal });
  }

  async function get(url: string, earlyResponse?: Promise<Response>): Promise<Response> {
    const response = await request(url, earlyResponse);
    if (response.status === 401 || response.status === 403) {
      throw new Refused(`${response.status}: ${response.statusText}`);
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response;
  }

  /** Retries `task` with backoff until it succeeds or the sync is stopped. */
  async function retrying<T>(task: () => Promise<T>): Promise<T | undefined> {
    for (let attempt = 0; !stopped(); attempt++) {
      try {
        return await task();
      } catch (error) {
        if (stopped()) return undefined;
        events.onEvent(
          error instanceof Refused
            ? { kind: 'denied', error: describe(error) }
            : { kind: 'paused', error: describe(error) },
        );
        await sleep(retryDelayMs(attempt));
      }
    }
    return undefined;
  }

  /** Reads a snapshot body line by line; `onLines` runs whenever the previous call finished. */
  async function readLines(
    response: Response,
    onLine: (text: string) => void,
    onIdle: () => Promise<void>,
  ): Promise<void> {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const splitter = new LineSplitter();
    let writing: Promise<void> | undefined;
    let failure: unknown;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        timed('parse', () => {
          for (const text of splitter.push(value)) onLine(text);
        });
        // One write at a time; rows arriving meanwhile make the next write larger.
        writing ??= onIdle()
          .catch((error: unknown) => void (failure ??= error))
          .finally(() => (writing = undefined));
        if (failure) throw failure;
      }
    } finally {
      // Commit what arrived whole, also after a cut: only the line in flight is fetched again.
      await writing;
      await onIdle();
      reader.releaseLock();
    }
    if (failure) throw failure;
  }

  /** One attempt of the full stream from `since`; resolves with the final seq. */
  async function streamOnce(state: FirstSyncState, since: Seq): Promise<Seq> {
    const early = since === 0 ? early_.snapshot : undefined;
    early_.snapshot = undefined;
    observer?.begin(since);
    const response = await get(snapshotUrl(since), early);
    let changes: CatalogChange[] = [];
    let rows = 0;
    let seq: Seq | undefined;
    let lastSeq: Seq | undefined;
    let done = false;
    const commit = async () => {
      await hold;
      if (changes.length === 0) return;
      const batch = timed('plan', () => planServiceBatch(changes));
      const at = seq;
      state.received += rows;
      state.total = Math.max(state.total, state.received);
      changes = [];
      rows = 0;
      await timedAsync('commitWall', () =>
        commitCatalogBatch(batch, CHECKPOINT, at === undefined ? undefined : checkpointOf(at), {
          ...state,
        }),
      );
      observer?.committed(batch);
      events.onFirstSync({
        percent: progressPercent(state.received, state.total, false),
        done: false,
      });
    };
    await readLines(
      response,
      (text) => {
        const line = parseLine(text);
        if (line.kind === 'header') state.total = Math.max(line.total, state.received);
        else if (line.kind === 'done') {
          done = true;
          lastSeq = line.lastSeq;
        } else {
          changes.push(line.change);
          if (line.seq !== undefined) {
            rows++;
            seq = line.seq;
          }
        }
      },
      commit,
    );
    if (!done || lastSeq === undefined) {
      throw new Error(`snapshot ended early at ${String(seq ?? since)}`);
    }
    return lastSeq;
  }

  async function firstSyncFrom(state: FirstSyncState, since: Seq): Promise<Seq | undefined> {
    let cursor = since;
    const seq = await retrying(async () => {
      const checkpoint = await getCheckpoint(CHECKPOINT);
      cursor = checkpoint?.seq ?? cursor;
      return streamOnce(state, cursor);
    });
    if (seq === undefined) return undefined;
    await finishFirstSync(CHECKPOINT, checkpointOf(seq), state);
    // The search index built from the stream is stored before anyone hears the sync is done,
    // so the search worker restores it instead of reading every row back.
    await observer?.finished(seq).catch(() => undefined);
    state.done = true;
    events.onFirstSync({ percent: 100, done: true });
    return seq;
  }

  async function seed(orp: string): Promise<void> {
    let batch: CatalogBatch | undefined;
    let afterSeed: ((seed: SeededOrp | undefined) => void) | undefined;
    const applied = await retrying(async () => {
      const early = early_.orp?.orp === orp ? early_.orp.response : undefined;
      early_.orp = undefined;
      const response = await get(orpSnapshotUrl(orp), early);
      const changes: CatalogChange[] = [];
      for (const text of (await response.text()).split('\n')) {
        if (!text) continue;
        const line = parseLine(text);
        if (line.kind === 'change') changes.push(line.change);
      }
      batch = planServiceBatch(changes);
      afterSeed?.(undefined);
      afterSeed = observer?.seeding(batch);
      return seedCatalogRows(batch, orp, CHECKPOINT);
    });
    if (applied === undefined || !batch) {
      afterSeed?.(undefined);
      return;
    }
    // Milestones for bench:first-sync's timeline (read in the worker).
    performance.mark('sync-worker:orp-written');
    const written = new Set(applied.written);
    afterSeed?.({
      rows: batch.put.filter((row) => written.has(row.id)),
      count: applied.count,
      checkpoint: applied.checkpoint,
    });
    const settled = events.onSeeded(orp);
    if (settled) hold = Promise.race([settled, sleepFor(SEED_HOLD_MS)]).catch(() => undefined);
  }

  function seedOrp(orp: string): void {
    if (stopped() || firstSync?.done || firstSync?.orps.includes(orp) || seeding.has(orp)) return;
    seeding.set(
      orp,
      seed(orp).catch((error: unknown) =>
        events.onEvent({ kind: 'error', error: describe(error) }),
      ),
    );
  }

  /** `_changes` from `since`, long-polled once caught up; each page commits with its seq. */
  async function follow(since: Seq): Promise<void> {
    let cursor = since;
    let caughtUp = false;
    while (!stopped()) {
      const page = await retrying(async () => {
        const query = new URLSearchParams({
          since: String(cursor),
          include_docs: 'true',
          limit: String(FEED_LIMIT),
          ...(caughtUp ? { feed: 'longpoll', timeout: String(LONGPOLL_MS) } : {}),
        });
        const response = await get(`/db/catalog/_changes?${query}`);
        return (await response.json()) as {
          results: { id: string; deleted?: boolean; doc?: unknown }[];
          last_seq: Seq;
          pending?: number;
        };
      });
      if (!page) return;
      if (page.results.length > 0) {
        events.onEvent({ kind: 'active' });
        const changes = page.results.map((r) => ({
          id: r.id,
          deleted: r.deleted === true,
          doc: r.doc,
        }));
        await commitCatalogBatch(
          planServiceBatch(changes),
          CHECKPOINT,
          checkpointOf(page.last_seq),
        );
      }
      cursor = page.last_seq;
      caughtUp =
        page.results.length < FEED_LIMIT && (page.pending === undefined || page.pending === 0);
      if (caughtUp) events.onEvent({ kind: 'paused' });
    }
  }

  async function run(): Promise<void> {
    let checkpoint = await getCheckpoint(CHECKPOINT);
    let state = await readFirstSync();
    // Another row shape, or a read model from before this sync existed: rebuild it.
    if (checkpoint?.version !== SERVICE_PROJECTION_VERSION || !state) {
      if (checkpoint || state) await resetCatalogReadModel(CHECKPOINT);
      checkpoint = undefined;
      state = undefined;
    }
    firstSync = { ...INITIAL_FIRST_SYNC, ...state };
    let since: Seq | undefined = checkpoint?.seq;
    // Early requests guess at a first visit; only a fresh start uses the full one.
    if (firstSync.done || since !== undefined) {
      early_.snapshot = undefined;
      if (firstSync.done) early_.orp = undefined;
      if (!early_.snapshot && !early_.orp) early.cancel?.();
    }
    if (!firstSync.done) {
      events.onFirstSync({
        percent: progressPercent(firstSync.received, firstSync.total, false),
        done: false,
      });
      events.onEvent({ kind: 'active' });
      // The remembered territory first: one small request, then the whole catalogue.
      if (territory) {
        seedOrp(territory);
        await seeding.get(territory);
      }
      since = await firstSyncFrom(firstSync, since ?? 0);
      if (since === undefined) return;
    }
    await follow(since ?? 0);
  }

  run().catch((error: unknown) => {
    if (!stopped()) events.onEvent({ kind: 'error', error: describe(error) });
  });
  return {
    seedOrp,
    stop: () => abort.abort(),
  };
}
