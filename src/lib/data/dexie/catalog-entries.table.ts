import { liveQuery } from 'dexie';
import { db, type CatalogEntryRow } from './app.db';

/**
 * Non-service catalogue documents (taxonomy, life situations, territory, planning records),
 * projected by catalog.projector. `kind` is the document's `type`.
 */
export async function getCatalogEntries(kind: string): Promise<CatalogEntryRow[]> {
  return db.catalogEntries.where('kind').equals(kind).toArray();
}

export async function getCatalogEntry(id: string): Promise<CatalogEntryRow | undefined> {
  return db.catalogEntries.get(id);
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
