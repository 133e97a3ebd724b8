import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { ChangeRow, RevisionDoc, SnapshotStorage } from '../couch/snapshot.storage';

/**
 * The catalogue snapshot, served in parts. Part k is "every change after cursor `since`, at most
 * PART_ROWS of them", answered as the current revision(s) of each changed document WITH their
 * `_revisions`, so the browser can store them with `bulkDocs(..., { new_edits: false })` and keep
 * revision trees intact. The client asks for the next part with `since` = this part's
 * `last_seq`; after the last part it hands `last_seq` to PouchDB.replicate as `since`.
 *
 * Why this stays correct while the catalogue changes between parts: CouchDB lists each
 * document once, at its newest sequence, and a new change always gets a sequence above every
 * existing one. A document edited after its part was fetched therefore reappears after the
 * cursor (in a later part or in live replication); none can fall behind it.
 *
 * Why parts: a cut connection costs at most the one part in flight (about 1/14 of the catalogue
 * at 6,700 services), and each part has its own ETag, derived from the database's update_seq.
 */
export const SNAPSHOT_FORMAT = 1;
/** About 60 KB brotli for generated services: small enough to lose, big enough for few RTTs. */
export const PART_ROWS = 500;
const CACHE_PARTS = 64;

export interface SnapshotPart {
  format: number;
  since: string | number;
  last_seq: string | number;
  /** Feed rows this part covers (design documents included, though not sent). */
  rows: number;
  /** Approximate feed length (documents + tombstones) for progress; never exact on a live db. */
  total: number;
  done: boolean;
  docs: RevisionDoc[];
}

export interface EncodedPart {
  etag: string;
  json: Buffer;
  gzip: Buffer;
  /** Brotli is about half the size of gzip on these parts: seconds on a slow mobile line. */
  br: Buffer;
}

/** Design documents stay out: the app needs no validation code and they hold server internals. */
export function isSnapshotDoc(id: string): boolean {
  return !id.startsWith('_design/') && !id.startsWith('_local/');
}

/** The `{id, rev}` list for `_bulk_get`: every leaf of every changed non-design document. */
export function wantedRevisions(rows: readonly ChangeRow[]): { id: string; rev: string }[] {
  return rows
    .filter((row) => isSnapshotDoc(row.id))
    .flatMap((row) => row.revs.map((rev) => ({ id: row.id, rev })));
}

/** Weak ETag: same database state, same cursor, same format → same part. */
export function partEtag(
  updateSeq: string | number,
  since: string | number,
  limit: number,
): string {
  const hash = createHash('sha1')
    .update(JSON.stringify([SNAPSHOT_FORMAT, String(updateSeq), String(since), limit]))
    .digest('base64url');
  return `W/"snapshot-${hash}"`;
}

/** `If-None-Match` may list several tags, or `*`. Weak comparison, as RFC 9110 asks for GET. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** A `since` cursor from the query string: "0" by default; opaque otherwise (CouchDB 3). */
export function parseSince(raw: unknown): string | number | undefined {
  if (raw === undefined || raw === '') return 0;
  if (typeof raw !== 'string' || raw.length > 2000) return undefined;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export class SnapshotService {
  readonly #storage: SnapshotStorage;
  readonly #cache = new Map<string, EncodedPart>();

  constructor(storage: SnapshotStorage) {
    this.#storage = storage;
  }

  /** The ETag the part would have now (one cheap `GET /catalog`), to answer 304 early. */
  async currentEtag(since: string | number): Promise<{ etag: string; total: number }> {
    const info = await this.#storage.info();
    return {
      etag: partEtag(info.updateSeq, since, PART_ROWS),
      total: info.docCount + info.delCount,
    };
  }

  async part(since: string | number): Promise<EncodedPart> {
    const { etag, total } = await this.currentEtag(since);
    const cached = this.#cache.get(etag);
    if (cached) {
      // Refresh its place in the LRU order.
      this.#cache.delete(etag);
      this.#cache.set(etag, cached);
      return cached;
    }
    const page = await this.#storage.changes(since, PART_ROWS);
    const docs = await this.#storage.revisions(wantedRevisions(page.rows));
    const part: SnapshotPart = {
      format: SNAPSHOT_FORMAT,
      since,
      last_seq: page.lastSeq,
      rows: page.rows.length,
      total,
      done: page.pending !== undefined ? page.pending === 0 : page.rows.length < PART_ROWS,
      docs,
    };
    const json = Buffer.from(JSON.stringify(part));
    // A plain Uint8Array view (no copy): the DOM-lib type check rejects Buffer<ArrayBuffer> here.
    const bytes = new Uint8Array(json.buffer, json.byteOffset, json.length);
    const [gz, br] = await Promise.all([
      gzipAsync(bytes, { level: 9 }),
      brotliAsync(bytes, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: 9,
          [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
          [zlib.BROTLI_PARAM_SIZE_HINT]: json.length,
        },
      }),
    ]);
    const encoded: EncodedPart = { etag, json, gzip: gz, br };
    this.#cache.set(etag, encoded);
    while (this.#cache.size > CACHE_PARTS) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
    return encoded;
  }
}
