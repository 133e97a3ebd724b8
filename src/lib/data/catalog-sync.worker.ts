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
import type { EarlyKind, FromSyncWorker, ToSyncWorker } from './catalog-sync.protocol';
import { searchIndexObserver } from './catalog-sync.search';

const scope = self as unknown as DedicatedWorkerGlobalScope & { catalogSyncBusy?: unknown };
const post = (message: FromSyncWorker) => scope.postMessage(message);
// Read by bench:first-sync through the worker's own context (CDP cannot throttle workers).
scope.catalogSyncBusy = syncBusy;
// Milestones for bench:first-sync's timeline (the page cannot see inside this thread).
performance.mark('sync-worker:started');

let sync: CatalogSync | undefined;
const settled = new Map<string, () => void>();
const early = new Map<EarlyKind, { resolve: (r: Response) => void; reject: (e: Error) => void }>();

function earlyResponse(kind: EarlyKind): Promise<Response> {
  return new Promise((resolve, reject) => early.set(kind, { resolve, reject }));
}

function start(message: Extract<ToSyncWorker, { type: 'start' }>): void {
  if (sync) return;
  const requests: EarlyRequests = { cancel: () => post({ type: 'cancel-early' }) };
  if (message.early.snapshot) requests.snapshot = earlyResponse('snapshot');
  if (message.early.orp) {
    requests.orp = { orp: message.early.orp, response: earlyResponse('orp') };
  }
  sync = startCatalogSync(
    {
      onEvent: (event) => post({ type: 'event', event }),
      onFirstSync: (progress) => {
        if (progress.done) performance.mark('sync-worker:first-sync-done');
        post({ type: 'first-sync', progress });
      },
      onSeeded: (orp) =>
        new Promise<void>((resolve) => {
          performance.mark('sync-worker:seeded');
          settled.set(orp, resolve);
          post({ type: 'seeded', orp });
        }),
    },
    message.territory,
    requests,
    searchIndexObserver(),
  );
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
    case 'stop':
      sync?.stop();
  }
};
