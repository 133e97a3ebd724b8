import type { FirstSyncProgress, SyncEvent } from './catalog-sync';

/**
 * Messages between the page and the catalogue sync worker (catalog-sync.worker.ts). Plain
 * data only (structured clone); the early responses' bodies are transferred streams.
 */

/** Which early request a response belongs to. */
export type EarlyKind = 'snapshot' | 'orp';

export type ToSyncWorker =
  | {
      type: 'start';
      territory?: string | undefined;
      /** Requests the page started before the worker existed; their responses follow. */
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
  | { type: 'stop' };

export type FromSyncWorker =
  | { type: 'event'; event: SyncEvent }
  | { type: 'first-sync'; progress: FirstSyncProgress }
  | { type: 'seeded'; orp: string }
  /** The worker will not use the page's early requests: abort them. */
  | { type: 'cancel-early' };
