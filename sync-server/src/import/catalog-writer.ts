import type { CatalogDoc } from '../../../src/lib/domain/catalog/catalog.types';
import { validateCatalogDoc } from '../../../src/lib/domain/catalog/catalog.validation';
import type { AnyDoc } from '../../../src/lib/domain/validation/validation.types';
import { bulkWrite, type WriteResult } from '../couch/catalog.storage';
import type { CouchClient } from '../couch/couch-client';
import { ImportError } from './import-error';

const CHUNK = 500;

/** Runs the shared validation on every document before anything is written. */
export function validateAll(docs: readonly CatalogDoc[], label: (doc: CatalogDoc) => string): void {
  const problems: string[] = [];
  for (const doc of docs) {
    const result = validateCatalogDoc(doc as unknown as AnyDoc);
    if (!result.ok) problems.push(`${label(doc)}: ${result.reason.en} (${result.reason.cs})`);
  }
  if (problems.length > 0) {
    throw new ImportError(
      `${problems.length} document(s) would be invalid, so nothing was written.`,
      problems.slice(0, 50),
    );
  }
}

/** One `_bulk_docs` call into the target database. */
export type BulkWriter<D> = (docs: readonly D[]) => Promise<WriteResult[]>;

/**
 * Writes all documents or none. Documents go in `_bulk_docs` chunks (one pass, after all input
 * was read and validated); if CouchDB refuses any, every document already written is put back
 * to its previous revision (or deleted, if it was new) and the import fails.
 * `previous` holds the stored version of each document that existed before; `what` names the
 * target in the message ("the catalogue", "the plan").
 */
export async function writeAllOrNothingWith<D extends { _id: string }>(
  bulk: BulkWriter<D>,
  docs: readonly D[],
  previous: ReadonlyMap<string, D>,
  what: string,
): Promise<number> {
  const written: WriteResult[] = [];
  const failed: WriteResult[] = [];
  try {
    for (let i = 0; i < docs.length; i += CHUNK) {
      const results = await bulk(docs.slice(i, i + CHUNK));
      for (const r of results) (r.error ? failed : written).push(r);
      if (failed.length > 0) break;
    }
  } catch (error) {
    failed.push({ id: '?', error: 'request failed', reason: (error as Error).message });
  }
  if (failed.length === 0) return written.length;

  const undo: D[] = written.map((r) => {
    const before = previous.get(r.id);
    return before
      ? ({ ...before, _rev: r.rev } as D)
      : ({ _id: r.id, _rev: r.rev, _deleted: true } as unknown as D);
  });
  const undoFailed: string[] = [];
  try {
    for (let i = 0; i < undo.length; i += CHUNK) {
      for (const r of await bulk(undo.slice(i, i + CHUNK))) {
        if (r.error) undoFailed.push(r.id);
      }
    }
  } catch {
    undoFailed.push('(request failed)');
  }
  const details = failed
    .slice(0, 20)
    .map((r) => `${r.id}: ${r.error ?? ''} ${r.reason ?? ''}`.trim());
  if (undoFailed.length > 0) {
    throw new ImportError(
      `CouchDB refused ${failed.length} document(s) and ${undoFailed.length} of the ${written.length} already written could not be rolled back; run the import again.`,
      [...details, ...undoFailed.slice(0, 20).map((id) => `not rolled back: ${id}`)],
    );
  }
  throw new ImportError(
    `CouchDB refused ${failed.length} document(s); the ${written.length} already written were rolled back, so ${what} is unchanged.`,
    details,
  );
}

/** All-or-nothing into `catalog` (see writeAllOrNothingWith). */
export function writeAllOrNothing(
  client: CouchClient,
  docs: readonly CatalogDoc[],
  previous: ReadonlyMap<string, CatalogDoc>,
): Promise<number> {
  return writeAllOrNothingWith(
    (chunk) => bulkWrite(client, chunk),
    docs,
    previous,
    'the catalogue',
  );
}
