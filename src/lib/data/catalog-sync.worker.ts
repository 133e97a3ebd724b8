/// <reference lib="webworker" />
/**
 * The catalogue sync's own thread: the snapshot stream (parsing 13 MB of JSON), the Dexie
 * commits and the `_changes` long-poll all run here, so none of it blocks the page (Lighthouse's
 * Total Blocking Time was almost all this). The page only hears status and progress
 * (catalog-sync.client.ts). Dexie tells the page's live queries about every commit itself
 * (BroadcastChannel between same-origin contexts). The search index is built here too, while
 * rows stream in (catalog-sync.search.ts).
 */
import { startCatalogSync, syncBusy, type CatalogSync, type EarlyRequests } from './catalog-sync';
import { orpSnapshotUrl } from './catalog-snapshot.format';
import { labelTableOf } from '$lib/search/search-labels';
import { SEARCH_SYNC_CHANNEL, type ToSearchWorker } from '$lib/search/search-worker.protocol';
import { getCatalogEntries } from './dexie/catalog-entries.table';
import type { EarlyKind, FromSyncWorker, ToSyncWorker } from './catalog-sync.protocol';
import { searchIndexObserver } from './catalog-sync.search';
import { refreshCatalogSummary } from './dexie/catalog-summary.table';
import { deviceWrites, observeLiveRead } from './dexie/device-data.queries';

const scope = self as unknown as DedicatedWorkerGlobalScope & { catalogSyncBusy?: unknown };
const post = (message: FromSyncWorker) => scope.postMessage(message);
// Read by bench:first-sync through the worker's own context (CDP cannot throttle workers).
scope.catalogSyncBusy = syncBusy;
// Milestones for bench:first-sync's timeline (the page cannot see inside this thread).
performance.mark('sync-worker:started');

let sync: CatalogSync | undefined;

/**
 * The page's view of the whole catalogue (count, demo data, version) is refreshed here, after
 * writes, one at a time: it may scan rows, which the page's thread must not.
 */
let summarising: Promise<unknown> = Promise.resolve();
function summarise(): void {
  summarising = summarising
    .then(refreshCatalogSummary)
    .catch((error: unknown) =>
      post({ type: 'event', event: { kind: 'error', error: String(error) } }),
    );
}
/** The search worker's channel (search-worker.protocol.ts); absent in old browsers. */
const searchSync =
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(SEARCH_SYNC_CHANNEL) : undefined;

/** Asks the search worker to catch up with the read model, with the labels the page would send. */
function askSearchToSync(): void {
  if (!searchSync) return;
  getCatalogEntries('taxonomy')
    .then((entries) => {
      const labels = labelTableOf(entries.map((entry) => entry.doc));
      searchSync.postMessage({ type: 'sync', labels } satisfies ToSearchWorker);
    })
    .catch(() => undefined); // The page's own request follows anyway.
}

const settled = new Map<string, () => void>();
const early = new Map<EarlyKind, { resolve: (r: Response) => void; reject: (e: Error) => void }>();

function earlyResponse(kind: EarlyKind): Promise<Response> {
  return new Promise((resolve, reject) => early.set(kind, { resolve, reject }));
}

function start(message: Extract<ToSyncWorker, { type: 'start' }>): void {
  if (sync) return;
  // A device that synced before this version has rows but no summary yet.
  summarise();
  const requests: EarlyRequests = { cancel: () => post({ type: 'cancel-early' }) };
  if (message.early.snapshot) requests.snapshot = earlyResponse('snapshot');
  if (message.early.orp) {
    // The page asked for it with cache mode 'reload', so its response goes into the HTTP cache
    // (sync-server lets an ORP's snapshot be stored): this joins that response, even while it
    // is still arriving, instead of a second request or a message through the page.
    const url = orpSnapshotUrl(message.early.orp);
    requests.orp = { orp: message.early.orp, response: fetch(url, { cache: 'force-cache' }) };
  }
  sync = startCatalogSync(
    {
      onEvent: (event) => {
        // Caught up: whatever the feed wrote is in; an unchanged read model costs two reads.
        if (event.kind === 'paused' && !event.error) summarise();
        post({ type: 'event', event });
      },
      onFirstSync: (progress) => {
        if (progress.done) {
          performance.mark('sync-worker:first-sync-done');
          summarise();
          askSearchToSync();
        }
        post({ type: 'first-sync', progress });
      },
      onSeeded: (orp) => {
        performance.mark('sync-worker:seeded');
        summarise();
        askSearchToSync();
        // The page hears of the seed once the summary counts its rows.
        return summarising.then(
          () =>
            new Promise<void>((resolve) => {
              settled.set(orp, resolve);
              post({ type: 'seeded', orp });
            }),
        );
      },
    },
    message.territory,
    requests,
    searchIndexObserver(),
  );
}

/** The page's live reads (device-data.client.ts), by the page's id. */
const watching = new Map<number, () => void>();

function watch(id: number, read: Extract<ToSyncWorker, { type: 'watch' }>['read']): void {
  watching.set(
    id,
    observeLiveRead(
      read,
      (value) => post({ type: 'watched', id, value }),
      (error) => post({ type: 'watch-error', id, error: String(error) }),
    ),
  );
}

async function write(message: Extract<ToSyncWorker, { type: 'write' }>): Promise<void> {
  const run = deviceWrites[message.op] as (...args: unknown[]) => Promise<unknown>;
  try {
    post({ type: 'written', id: message.id, value: await run(...message.args) });
  } catch (error) {
    post({ type: 'written', id: message.id, error: String(error) });
  }
}

scope.onmessage = (event: MessageEvent<ToSyncWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'start':
      start(message);
      return;
    case 'early-response': {
      const waiting = early.get(message.kind);
      early.delete(message.kind);
      performance.mark(`sync-worker:early-${message.kind}`);
      const { response } = message;
      if (!response) waiting?.reject(new Error('early request failed'));
      else {
        const { status, statusText, body } = response;
        waiting?.resolve(new Response(body, { status, statusText }));
      }
      return;
    }
    case 'seed':
      sync?.seedOrp(message.orp);
      return;
    case 'seeded-settled':
      settled.get(message.orp)?.();
      settled.delete(message.orp);
      return;
    case 'watch':
      watch(message.id, message.read);
      return;
    case 'write':
      void write(message);
      return;
    case 'unwatch':
      watching.get(message.id)?.();
      watching.delete(message.id);
      return;
    case 'stop':
      sync?.stop();
  }
};

post({ type: 'ready' });

/**
 * Started by app.html's inline script: its 'start' is the worker's name, read at once. A
 * message posted before this script ran is delivered only when the page's thread gets to it,
 * and that thread is busy with the app's own scripts then (0.2 s on bench:first-sync).
 */
const NAMED_START = 'catalog-sync:';
if (scope.name.startsWith(NAMED_START)) {
  try {
    start({
      type: 'start',
      ...(JSON.parse(scope.name.slice(NAMED_START.length)) as object),
    } as Extract<ToSyncWorker, { type: 'start' }>);
  } catch (error) {
    post({ type: 'event', event: { kind: 'error', error: String(error) } });
  }
}
