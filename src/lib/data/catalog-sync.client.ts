import type { CatalogSync, CatalogSyncEvents } from './catalog-sync';
import type { EarlyKind, FromSyncWorker, ToSyncWorker } from './catalog-sync.protocol';
import type { BootedWorker } from './boot-workers.client';

/** What the page started before the worker existed (see catalog.svelte.ts). */
export interface PageEarlyRequests {
  snapshot?: Promise<Response> | undefined;
  orp?: { orp: string; response: Promise<Response> } | undefined;
  cancel?: (() => void) | undefined;
}

/** The worker itself; it does nothing until `startCatalogSyncWorker` sends 'start'. */
export function newSyncWorker(): Worker {
  return new Worker(new URL('./catalog-sync.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The page's side of the catalogue sync worker (catalog-sync.worker.ts): same interface as
 * `startCatalogSync`, but the sync runs on the worker's thread and only events cross over.
 *
 * Early requests: the page asks for the snapshot as soon as it starts, before the worker's
 * script has even been requested; when the response headers arrive its body stream is
 * transferred to the worker, which reads it as if it had fetched it itself. Where streams
 * cannot be transferred, the page hands over the whole body instead (no parsing here). An
 * ORP's snapshot the page asks for with cache mode 'reload', and the worker takes that
 * response from the HTTP cache (catalog-sync.worker.ts).
 */
export function startCatalogSyncWorker(
  events: CatalogSyncEvents,
  territory: string | undefined,
  early: PageEarlyRequests,
  worker: Worker,
  booted?: BootedWorker,
): CatalogSync {
  const send = (message: ToSyncWorker, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);

  const receive = (message: FromSyncWorker) => {
    switch (message.type) {
      case 'event':
        events.onEvent(message.event);
        return;
      case 'first-sync':
        events.onFirstSync(message.progress);
        return;
      case 'seeded':
        void Promise.resolve(events.onSeeded(message.orp))
          .catch(() => undefined)
          .finally(() => send({ type: 'seeded-settled', orp: message.orp }));
        return;
      case 'cancel-early':
        early.cancel?.();
    }
  };
  worker.onmessage = (event: MessageEvent<FromSyncWorker>) => receive(event.data);
  worker.onerror = (event) => events.onEvent({ kind: 'error', error: event.message });

  async function handOver(kind: EarlyKind, pending: Promise<Response>): Promise<void> {
    let response: Response;
    try {
      response = await pending;
    } catch {
      send({ type: 'early-response', kind });
      return;
    }
    const { status, statusText, body } = response;
    if (body) {
      try {
        send({ type: 'early-response', kind, response: { status, statusText, body } }, [body]);
        return;
      } catch {
        // No transferable streams in this browser: the body as one buffer below.
      }
    }
    try {
      const buffer = await response.arrayBuffer();
      send({ type: 'early-response', kind, response: { status, statusText, body: buffer } }, [
        buffer,
      ]);
    } catch {
      send({ type: 'early-response', kind });
    }
  }

  if (booted) {
    // app.html's inline script started the sync: what the worker said since (progress, a
    // seeded ORP waiting for the page) is replayed.
    const said = booted.messages.splice(0) as FromSyncWorker[];
    said.forEach(receive);
    if (booted.failed) events.onEvent({ kind: 'error', error: 'sync worker failed to start' });
  } else {
    send({
      type: 'start',
      territory,
      early: { snapshot: early.snapshot !== undefined, orp: early.orp?.orp },
    });
  }
  // Handed over only now, after the first paint with the app running: this thread pumps the
  // transferred stream, and during start-up those chunks were long tasks (bench:load's TBT).
  if (early.snapshot) void handOver('snapshot', early.snapshot);

  return {
    seedOrp: (orp) => send({ type: 'seed', orp }),
    stop: () => {
      send({ type: 'stop' });
      worker.terminate();
    },
  };
}
