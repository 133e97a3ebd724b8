import type { CatalogDoc } from '../../../src/lib/domain/catalog/catalog.types';
import type { ServiceDoc } from '../../../src/lib/domain/catalog/service.types';
import type { CouchClient } from './couch-client';
import { CATALOG_DB } from './databases';

/**
 * Catalogue reads and writes for the import and export tools. Only this folder talks to nano;
 * the services above it see plain documents and per-document write results.
 */
export interface WriteResult {
  id: string;
  rev?: string;
  error?: string;
  reason?: string;
}

interface AllDocsRow {
  id: string;
  doc?: Record<string, unknown> | null;
}

const PAGE = 2000;

/** Every document whose id starts with `prefix`, paged so the memory per request stays small. */
export async function listDocsByPrefix<T extends CatalogDoc = CatalogDoc>(
  client: CouchClient,
  prefix: string,
): Promise<T[]> {
  const db = client.use(CATALOG_DB);
  const docs: T[] = [];
  let startkey = prefix;
  let skip = 0;
  for (;;) {
    const page = await db.list({
      startkey,
      endkey: `${prefix}\ufff0`,
      include_docs: true,
      limit: PAGE,
      skip,
    });
    const rows = page.rows as unknown as AllDocsRow[];
    for (const row of rows) if (row.doc) docs.push(row.doc as unknown as T);
    if (rows.length < PAGE) return docs;
    // Continue after the last key seen (skip=1 steps over it) rather than with a growing skip.
    startkey = rows[rows.length - 1]!.id;
    skip = 1;
  }
}

export function listServices(client: CouchClient, prefix = 'service:'): Promise<ServiceDoc[]> {
  return listDocsByPrefix<ServiceDoc>(client, prefix);
}

/** One `_bulk_docs` request; returns CouchDB's answer for each document, in order. */
export function bulkWrite(
  client: CouchClient,
  docs: readonly CatalogDoc[],
): Promise<WriteResult[]> {
  return bulkWriteTo(client, CATALOG_DB, docs);
}

/** One `_bulk_docs` into any database, with each row's outcome. */
export async function bulkWriteTo(
  client: CouchClient,
  db: string,
  docs: readonly object[],
): Promise<WriteResult[]> {
  if (docs.length === 0) return [];
  const results = await client.use(db).bulk({ docs: [...docs] });
  return results.map((r) => ({
    id: r.id ?? '',
    ...(r.rev ? { rev: r.rev } : {}),
    ...(r.error ? { error: r.error } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
  }));
}
