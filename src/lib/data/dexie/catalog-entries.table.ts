import { liveQuery } from 'dexie';
import { db, type CatalogEntryRow } from './app.db';

/**
 * Non-service catalogue documents (taxonomy, life situations, territory, planning records),
 * written by the catalogue sync (catalog-sync.ts). `kind` is the document's `type`.
 */
export async function getCatalogEntries(kind: string): Promise<CatalogEntryRow[]> {
  return db.catalogEntries.where('kind').equals(kind).toArray();
}

/** Live view of all entries of one kind; returns an unsubscribe function. */
export function observeCatalogEntries(
  kind: string,
  onValue: (rows: CatalogEntryRow[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() =>
    db.catalogEntries.where('kind').equals(kind).toArray(),
  ).subscribe({
    next: onValue,
    error: onError,
  });
  return () => subscription.unsubscribe();
}
