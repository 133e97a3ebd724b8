import { liveQuery } from 'dexie';
import { db, getCheckpoint } from './app.db';

/**
 * What the page needs to know about the whole catalogue — how many services, whether any is
 * demo data, and a version that moves with every change — as ONE small `meta` value. The sync
 * worker refreshes it after it writes; the page observes it instead of reading every row (all
 * 6,800 full rows on every change was seconds of the page's thread on a slow phone).
 */
export interface CatalogSummary {
  count: number;
  demo: boolean;
  /** The projection checkpoint and row count it was computed at. */
  version: string;
}

const SUMMARY_KEY = 'catalog:summary';
/** Same checkpoint name the catalogue sync writes (catalog-sync.ts). */
const CATALOG_CHECKPOINT = 'catalog.services';

/**
 * Recomputes the summary when the read model moved since the stored one (its checkpoint or row
 * count differ: a seed changes the count without a checkpoint). Runs in the sync worker: the
 * demo check may scan rows (it stops at the first demo row).
 */
export async function refreshCatalogSummary(): Promise<CatalogSummary> {
  const [checkpoint, count, stored] = await Promise.all([
    getCheckpoint(CATALOG_CHECKPOINT),
    db.services.count(),
    db.meta.get(SUMMARY_KEY),
  ]);
  const at = checkpoint ? `${checkpoint.version}@${String(checkpoint.seq)}` : '-';
  const version = `${at}|${count}`;
  const previous = stored?.value as CatalogSummary | undefined;
  if (previous?.version === version) return previous;
  const demo = count > 0 && (await db.services.filter((row) => row.demo).first()) !== undefined;
  const summary: CatalogSummary = { count, demo, version };
  await db.meta.put({ key: SUMMARY_KEY, value: summary });
  return summary;
}

/** The stored summary, live (undefined until the sync worker first wrote one). */
export function observeCatalogSummary(
  onValue: (summary: CatalogSummary | undefined) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(
    async () => (await db.meta.get(SUMMARY_KEY))?.value as CatalogSummary | undefined,
  ).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
