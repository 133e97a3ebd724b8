import { db, type SearchMissRow } from './app.db';

/** Searches that found nothing: anonymous (no identity, no location), kept on the device only. */
export async function recordSearchMiss(
  query: string,
  filters: Record<string, string[]>,
): Promise<void> {
  await db.searchMisses.add({ at: new Date().toISOString(), query, filters });
}

/** Every recorded miss (the coordinator's unmet-need table groups them by month). */
export async function listSearchMisses(): Promise<SearchMissRow[]> {
  return db.searchMisses.orderBy('at').toArray();
}
