import { liveQuery } from 'dexie';
import { db, type ReportOutboxRow } from './app.db';

export type { ReportOutboxRow };

/** Error reports written on the device, kept until sync-server confirms it stored them. */
export async function addToOutbox(payload: unknown): Promise<number> {
  const id = await db.reportOutbox.add({
    createdAt: new Date().toISOString(),
    payload,
    attempts: 0,
  });
  return id as number;
}

export async function removeFromOutbox(id: number): Promise<void> {
  await db.reportOutbox.delete(id);
}

export async function markOutboxAttempt(id: number, lastError: string | undefined): Promise<void> {
  await db.reportOutbox
    .where('id')
    .equals(id)
    .modify((row) => {
      row.attempts += 1;
      if (lastError === undefined) delete row.lastError;
      else row.lastError = lastError;
    });
}

export function observeOutbox(
  onValue: (rows: ReportOutboxRow[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => db.reportOutbox.orderBy('createdAt').toArray()).subscribe({
    next: onValue,
    error: onError,
  });
  return () => subscription.unsubscribe();
}

/**
 * Deletes the device's local data: the catalogue read model, shortlist and settings. The outbox
 * is kept unless `includeOutbox` (the settings page asks first: unsent reports are never dropped
 * silently). The PouchDB replica is deleted by its own module.
 */
export async function clearLocalTables(includeOutbox: boolean): Promise<void> {
  const tables = [
    db.services,
    db.meta,
    db.catalogEntries,
    db.shortlist,
    db.settings,
    db.searchMisses,
    db.drafts,
    db.surveyDefinitions,
  ];
  // Survey answers waiting to be sent are never cleared here: the reset's warning counts only
  // reports, and an interview filled offline cannot be repeated (refused ones are discarded
  // one by one in Settings).
  await db.transaction('rw', [...tables, db.reportOutbox], async () => {
    for (const table of tables) await table.clear();
    if (includeOutbox) await db.reportOutbox.clear();
  });
}
