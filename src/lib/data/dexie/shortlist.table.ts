import { liveQuery } from 'dexie';
import { db, type ShortlistRow } from './app.db';

/** The worker's shortlist for a client: device-only, never replicated. */
export async function addToShortlist(serviceId: string): Promise<void> {
  // Keep the first addedAt when added twice: the list keeps the order she built it in.
  await db.transaction('rw', db.shortlist, async () => {
    if (!(await db.shortlist.get(serviceId))) {
      await db.shortlist.put({ serviceId, addedAt: new Date().toISOString() });
    }
  });
}

export async function removeFromShortlist(serviceId: string): Promise<void> {
  await db.shortlist.delete(serviceId);
}

export async function clearShortlist(): Promise<void> {
  await db.shortlist.clear();
}

/** Live view of the shortlist in the order it was built; returns an unsubscribe function. */
export function observeShortlist(
  onValue: (rows: ShortlistRow[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => db.shortlist.orderBy('addedAt').toArray()).subscribe({
    next: onValue,
    error: onError,
  });
  return () => subscription.unsubscribe();
}
