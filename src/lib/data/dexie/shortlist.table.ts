import { liveQuery } from 'dexie';
import type { ServiceRow } from '../catalog-read-model';
import { db } from './app.db';

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

export interface ShortlistEntry {
  serviceId: string;
  addedAt: string;
  /** Undefined when the service left the catalogue after it was added. */
  service?: ServiceRow;
}

/** Live view of the shortlist joined with the services' rows, in the order it was built. */
export function observeShortlistEntries(
  onValue: (entries: ShortlistEntry[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(async () => {
    const rows = await db.shortlist.orderBy('addedAt').toArray();
    const services = await db.services.bulkGet(rows.map((row) => row.serviceId));
    return rows.map((row, index) => ({ ...row, service: services[index] }));
  }).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
