import { CATALOG_DB } from './databases';

/**
 * Anonymous reads of the catalogue for the snapshot endpoint. Deliberately WITHOUT the admin's
 * credentials: CouchDB itself then decides what may be exposed, so a snapshot can never show
 * more than an anonymous replication through `/db/catalog` would. `_changes` never lists
 * `_local` documents; design documents are dropped by the service above.
 */
export interface ChangeRow {
  seq: string | number;
  id: string;
  /** Every leaf revision (style=all_docs), conflicts and deleted leaves included. */
  revs: string[];
}

export interface ChangesPage {
  rows: ChangeRow[];
  /** Opaque: an integer on the embedded server, a string on CouchDB 3. */
  lastSeq: string | number;
  /** CouchDB 3 tells how many changes follow; the embedded server does not. */
  pending?: number;
}

/** A revision as `_bulk_get?revs=true` returns it: the body plus `_revisions`. */
export type RevisionDoc = Record<string, unknown> & { _id: string; _rev: string };

export class SnapshotStorageError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function readJson<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) {
    throw new SnapshotStorageError(`${what} answered ${response.status}`, response.status);
  }
  return (await response.json()) as T;
}

export interface SnapshotStorage {
  /** The catalogue's `update_seq` and document counts (for ETags and progress). */
  info(): Promise<{ updateSeq: string | number; docCount: number; delCount: number }>;
  changes(since: string | number, limit: number): Promise<ChangesPage>;
  /** Exactly the requested revisions with their ancestry, in request order. */
  revisions(wanted: readonly { id: string; rev: string }[]): Promise<RevisionDoc[]>;
}

export function snapshotStorage(couchUrl: string): SnapshotStorage {
  const base = `${couchUrl.replace(/\/+$/, '')}/${CATALOG_DB}`;
  return {
    async info() {
      const info = await readJson<{
        update_seq: string | number;
        doc_count: number;
        doc_del_count: number;
      }>(await fetch(base), 'GET /catalog');
      return { updateSeq: info.update_seq, docCount: info.doc_count, delCount: info.doc_del_count };
    },
    async changes(since, limit) {
      const query = new URLSearchParams({
        style: 'all_docs',
        since: String(since),
        limit: String(limit),
      });
      const page = await readJson<{
        results: { seq: string | number; id: string; changes: { rev: string }[] }[];
        last_seq: string | number;
        pending?: number;
      }>(await fetch(`${base}/_changes?${query}`), 'GET /catalog/_changes');
      return {
        rows: page.results.map((r) => ({
          seq: r.seq,
          id: r.id,
          revs: r.changes.map((c) => c.rev),
        })),
        lastSeq: page.last_seq,
        ...(typeof page.pending === 'number' ? { pending: page.pending } : {}),
      };
    },
    async revisions(wanted) {
      if (wanted.length === 0) return [];
      const answer = await readJson<{
        results: { id: string; docs: ({ ok: RevisionDoc } | { error: unknown })[] }[];
      }>(
        await fetch(`${base}/_bulk_get?revs=true`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ docs: wanted }),
        }),
        'POST /catalog/_bulk_get',
      );
      const docs: RevisionDoc[] = [];
      for (const result of answer.results) {
        for (const entry of result.docs) {
          // A revision compacted away between _changes and _bulk_get: its successor comes later
          // in the feed (a newer sequence), so skipping it loses nothing.
          if ('ok' in entry) docs.push(entry.ok);
        }
      }
      return docs;
    },
  };
}
