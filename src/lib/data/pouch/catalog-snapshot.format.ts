/**
 * Pure helpers for the catalogue snapshot (sync-server's GET /api/catalog/snapshot): the shape
 * of one part, progress and retry timing. No PouchDB here, so they are unit-tested in Node.
 */
export type Seq = string | number;

export interface SnapshotDoc {
  _id: string;
  _rev: string;
  _revisions?: { start: number; ids: string[] };
  [field: string]: unknown;
}

export interface SnapshotPart {
  since: Seq;
  last_seq: Seq;
  /** Feed rows this part covers (for progress). */
  rows: number;
  /** Approximate feed length when the part was cut. */
  total: number;
  done: boolean;
  docs: SnapshotDoc[];
}

export const SNAPSHOT_URL = '/api/catalog/snapshot';
export const SNAPSHOT_FORMAT = 1;

export function partUrl(origin: string, since: Seq): string {
  return `${origin}${SNAPSHOT_URL}?since=${encodeURIComponent(String(since))}`;
}

function isSeq(value: unknown): value is Seq {
  return typeof value === 'number' || (typeof value === 'string' && value.length > 0);
}

/** Checks a parsed body; anything unexpected (a proxy's error page, a new format) is refused. */
export function parsePart(body: unknown): SnapshotPart {
  const part = body as Partial<SnapshotPart> & { format?: unknown };
  if (
    !part ||
    typeof part !== 'object' ||
    part.format !== SNAPSHOT_FORMAT ||
    !isSeq(part.last_seq) ||
    typeof part.done !== 'boolean' ||
    !Array.isArray(part.docs) ||
    !part.docs.every((doc) => doc && typeof doc._id === 'string' && typeof doc._rev === 'string')
  ) {
    throw new Error('unexpected snapshot part');
  }
  return {
    since: isSeq(part.since) ? part.since : 0,
    last_seq: part.last_seq,
    rows: typeof part.rows === 'number' ? part.rows : part.docs.length,
    total: typeof part.total === 'number' ? part.total : 0,
    done: part.done,
    docs: part.docs,
  };
}

/** Whole percent, never 100 before the last part (the total is only an estimate). */
export function progressPercent(received: number, total: number, done: boolean): number {
  if (done) return 100;
  if (total <= 0) return 0;
  return Math.max(0, Math.min(99, Math.floor((received / total) * 100)));
}

/** Retry after a failed part: 1 s, 2 s, 4 s … up to 30 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
}

/** Resumable state, kept in the replica's `_local/` space (never replicated). */
export interface SnapshotState {
  cursor: Seq;
  received: number;
  total: number;
  done: boolean;
  /** PouchDB.replicate has taken over from `cursor` and wrote its own checkpoint. */
  handedOver: boolean;
}

export const INITIAL_SNAPSHOT_STATE: SnapshotState = {
  cursor: 0,
  received: 0,
  total: 0,
  done: false,
  handedOver: false,
};

/** Where replication should start: undefined means "from PouchDB's own checkpoint". */
export function replicationSince(state: SnapshotState | undefined): Seq | undefined {
  if (!state || !state.done || state.handedOver) return undefined;
  return state.cursor;
}
