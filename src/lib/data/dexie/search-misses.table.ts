import type { SearchMissRow } from './app.db';

// The database (and Dexie with it) is imported on first use: the search state that records
// misses is loaded with the root layout, and a static import here would put Dexie on the
// catalogue's critical path.
const database = async () => (await import('./app.db')).db;

/** Searches that found nothing: anonymous (no identity, no location), kept on the device only. */
export async function recordSearchMiss(
  query: string,
  filters: Record<string, string[]>,
): Promise<void> {
  await (await database()).searchMisses.add({ at: new Date().toISOString(), query, filters });
}

export async function countSearchMisses(): Promise<number> {
  return (await database()).searchMisses.count();
}

export async function listSearchMisses(): Promise<SearchMissRow[]> {
  return (await database()).searchMisses.orderBy('at').toArray();
}
