import { CATALOG_DB } from './databases';

/**
 * Anonymous reads of the catalogue for the snapshot endpoint. Deliberately WITHOUT the admin's
 * credentials: CouchDB itself then decides what may be exposed, so a snapshot can never show
 * more than an anonymous read of `/db/catalog` would. `_changes` never lists `_local`
 * documents; design documents are dropped by the service.
 */

/** One row of `_changes?include_docs=true`: the winning revision, or a deletion. */
export interface ChangeRow {
  /** Opaque: an integer on the embedded server, a string on CouchDB 3. */
  seq: string | number;
  id: string;
  deleted: boolean;
  doc?: CatalogDoc;
}

export interface ChangesPage {
  rows: ChangeRow[];
  lastSeq: string | number;
  /** CouchDB 3 tells how many changes follow; the embedded server does not. */
  pending?: number;
}

export type CatalogDoc = Record<string, unknown> & { _id: string; _rev?: string };

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
  /** The catalogue's `update_seq` and document counts (for cache keys and progress). */
  info(): Promise<{ updateSeq: string | number; docCount: number; delCount: number }>;
  /** Changes after `since` with the winning revision of each document. */
  changes(since: string | number, limit: number): Promise<ChangesPage>;
  /** Whether anything changed after `since` (one `_changes?limit=1` row, no documents). */
  changedSince(since: string | number): Promise<boolean>;
  /** Current documents whose id is outside [from, to) (the non-service documents). */
  docsOutside(from: string, to: string): Promise<CatalogDoc[]>;
}

export function snapshotStorage(couchUrl: string): SnapshotStorage {
  const base = `${couchUrl.replace(/\/+$/, '')}/${CATALOG_DB}`;
  const allDocs = async (range: Record<string, string>): Promise<CatalogDoc[]> => {
    const query = new URLSearchParams({ include_docs: 'true', ...range });
    const page = await readJson<{ rows: { doc?: CatalogDoc }[] }>(
      await fetch(`${base}/_all_docs?${query}`),
      'GET /catalog/_all_docs',
    );
    return page.rows.flatMap((row) => (row.doc ? [row.doc] : []));
  };
  return {
    async info() {
      const info = await readJson<{
        update_seq: string | number;
        doc_count?: number;
        doc_del_count?: number;
      }>(await fetch(base), 'GET /catalog');
      // The embedded server leaves out doc_del_count.
      return {
        updateSeq: info.update_seq,
        docCount: info.doc_count ?? 0,
        delCount: info.doc_del_count ?? 0,
      };
    },
    async changes(since, limit) {
      const query = new URLSearchParams({
        since: String(since),
        limit: String(limit),
        include_docs: 'true',
      });
      const page = await readJson<{
        results: { seq: string | number; id: string; deleted?: boolean; doc?: CatalogDoc }[];
        last_seq: string | number;
        pending?: number;
      }>(await fetch(`${base}/_changes?${query}`), 'GET /catalog/_changes');
      return {
        rows: page.results.map((r) => ({
          seq: r.seq,
          id: r.id,
          deleted: r.deleted === true,
          ...(r.deleted !== true && r.doc ? { doc: r.doc } : {}),
        })),
        lastSeq: page.last_seq,
        ...(typeof page.pending === 'number' ? { pending: page.pending } : {}),
      };
    },
    async changedSince(since) {
      const query = new URLSearchParams({ since: String(since), limit: '1' });
      const page = await readJson<{ results: unknown[] }>(
        await fetch(`${base}/_changes?${query}`),
        'GET /catalog/_changes',
      );
      return page.results.length > 0;
    },
    async docsOutside(from, to) {
      const [before, after] = await Promise.all([
        allDocs({ endkey: JSON.stringify(from), inclusive_end: 'false' }),
        allDocs({ startkey: JSON.stringify(to) }),
      ]);
      return [...before, ...after];
    },
  };
}
