import type { FirstSyncProgress, SyncEvent } from './catalog-sync';
import type { DeviceWrite, LiveRead } from './device-data.types';

/**
 * Messages between the page and the catalogue sync worker (catalog-sync.worker.ts). Plain
 * data only (structured clone); the early responses' bodies are transferred streams.
 */

/** Which early request a response belongs to (an ORP's comes through the HTTP cache). */
export type EarlyKind = 'snapshot';

export type ToSyncWorker =
  | {
      type: 'start';
      territory?: string | undefined;
      /**
       * Requests the page started before the worker existed. The snapshot's response follows
       * as a message; the ORP's the worker reads from the HTTP cache.
       */
      early: { snapshot: boolean; orp?: string | undefined };
    }
  | {
      type: 'early-response';
      kind: EarlyKind;
      /** Undefined when the page's request failed: the worker then fetches it itself. */
      response?: {
        status: number;
        statusText: string;
        body: ReadableStream<Uint8Array> | ArrayBuffer;
      };
    }
  | { type: 'seed'; orp: string }
  /** The page has shown (and search indexed) the seeded ORP: the stream may commit again. */
  | { type: 'seeded-settled'; orp: string }
  | { type: 'stop' }
  /** Live reads for the page (device-data.client.ts); independent of the sync itself. */
  | { type: 'watch'; id: number; read: LiveRead }
  | { type: 'unwatch'; id: number }
  | { type: 'write'; id: number; op: DeviceWrite; args: unknown[] };

export type FromSyncWorker =
  | { type: 'event'; event: SyncEvent }
  | { type: 'first-sync'; progress: FirstSyncProgress }
  | { type: 'seeded'; orp: string }
  /** The worker will not use the page's early requests: abort them. */
  | { type: 'cancel-early' }
  | { type: 'watched'; id: number; value: unknown }
  | { type: 'watch-error'; id: number; error: string }
  | { type: 'written'; id: number; value?: unknown; error?: string }
  /** The worker's script has run: from now on it answers reads and writes. */
  | { type: 'ready' };
