/**
 * Pure helpers for the catalogue snapshot stream (sync-server's GET /api/catalog/snapshot,
 * format 2: newline-separated JSON, see sync-server/src/services/snapshot.service.ts). No
 * Dexie here, so they are unit-tested in Node.
 */
import type { CatalogChange } from './catalog-read-model';

export type Seq = string | number;

export const SNAPSHOT_URL = '/api/catalog/snapshot';
export const SNAPSHOT_FORMAT = 2;

export function snapshotUrl(since: Seq): string {
  return `${SNAPSHOT_URL}?since=${encodeURIComponent(String(since))}`;
}

export function orpSnapshotUrl(orp: string): string {
  return `${SNAPSHOT_URL}?orp=${encodeURIComponent(orp)}`;
}

/** One parsed line of the stream. */
export type SnapshotLine =
  | { kind: 'header'; total: number }
  | { kind: 'change'; change: CatalogChange; seq?: Seq }
  | { kind: 'done'; lastSeq?: Seq };

function isSeq(value: unknown): value is Seq {
  return typeof value === 'number' || (typeof value === 'string' && value.length > 0);
}

/** Checks one line; anything unexpected (a proxy's error page, a newer format) is refused. */
export function parseLine(text: string): SnapshotLine {
  const line = JSON.parse(text) as Record<string, unknown>;
  if (typeof line !== 'object' || line === null) throw new Error('unexpected snapshot line');
  if ('format' in line) {
    if (line.format !== SNAPSHOT_FORMAT) throw new Error('unexpected snapshot format');
    return { kind: 'header', total: typeof line.total === 'number' ? line.total : 0 };
  }
  if (line.done === true)
    return { kind: 'done', ...(isSeq(line.last_seq) ? { lastSeq: line.last_seq } : {}) };
  const entry = line.entry as { _id?: unknown } | undefined;
  if (entry && typeof entry === 'object' && typeof entry._id === 'string') {
    return { kind: 'change', change: { id: entry._id, deleted: false, doc: entry } };
  }
  if (typeof line.id === 'string') {
    const deleted = line.deleted === true;
    return {
      kind: 'change',
      change: { id: line.id, deleted, ...(deleted ? {} : { doc: line.doc }) },
      ...(isSeq(line.seq) ? { seq: line.seq } : {}),
    };
  }
  throw new Error('unexpected snapshot line');
}

/**
 * Splits streamed text into complete lines; the unfinished tail waits for the next chunk, so
 * a cut stream only loses the line it was cut in.
 */
export class LineSplitter {
  #tail = '';

  push(chunk: string): string[] {
    const text = this.#tail + chunk;
    const lines = text.split('\n');
    this.#tail = lines.pop() ?? '';
    return lines.filter((line) => line.length > 0);
  }
}

/** Whole percent, never 100 before the end (the total is only an estimate). */
export function progressPercent(received: number, total: number, done: boolean): number {
  if (done) return 100;
  if (total <= 0) return 0;
  return Math.max(0, Math.min(99, Math.floor((received / total) * 100)));
}

/** Retry after a failure: 1 s, 2 s, 4 s … up to 30 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
}

/** First-sync progress kept next to the checkpoint (device-only, in Dexie `meta`). */
export interface FirstSyncState {
  done: boolean;
  /** Feed rows committed so far, and the feed's approximate length (for the progress bar). */
  received: number;
  total: number;
  /** Service ids written from a per-ORP snapshot that the full stream has not yet rewritten. */
  seeded: string[];
  /** ORPs whose snapshot was applied. */
  orps: string[];
}

export const INITIAL_FIRST_SYNC: FirstSyncState = {
  done: false,
  received: 0,
  total: 0,
  seeded: [],
  orps: [],
};
