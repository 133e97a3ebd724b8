import { db } from './app.db';

/** Searches that found nothing: anonymous (no identity, no location), kept on the device only. */
export async function recordSearchMiss(
  query: string,
  filters: Record<string, string[]>,
): Promise<void> {
  await db.searchMisses.add({ at: new Date().toISOString(), query, filters });
}
