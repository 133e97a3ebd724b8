import { clearLocalTables } from '$lib/data/dexie/report-outbox.table';

export interface StorageInfo {
  usedBytes: number;
  quotaBytes: number;
  persisted: boolean;
}

/** What the browser reports for this origin; undefined where the Storage API is missing. */
export async function storageInfo(): Promise<StorageInfo | undefined> {
  if (!navigator.storage?.estimate) return undefined;
  const [estimate, persisted] = await Promise.all([
    navigator.storage.estimate(),
    navigator.storage.persisted?.() ?? Promise.resolve(false),
  ]);
  return {
    usedBytes: estimate.usage ?? 0,
    quotaBytes: estimate.quota ?? 0,
    persisted,
  };
}

/**
 * Asks the browser not to evict the offline catalogue under storage pressure. Chromium grants
 * it without a prompt to installed or often-used sites and silently refuses otherwise.
 */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  if (!navigator.storage?.persist) return undefined;
  return navigator.storage.persist();
}

/** IndexedDB name pouchdb-browser uses for the catalogue replica (`_pouch_` + its name). */
const REPLICA_IDB = '_pouch_rozcestnik-catalog';

/**
 * Deletes the device's data. The Dexie tables are cleared at once; the replica's database is
 * deleted as soon as this page lets go of it (the caller reloads), and the catalogue then
 * downloads again. Unsent reports stay unless `includeUnsentReports`.
 */
export async function resetLocalData(includeUnsentReports: boolean): Promise<void> {
  await clearLocalTables(includeUnsentReports);
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('rozcestnik:')) localStorage.removeItem(key);
  }
  indexedDB.deleteDatabase(REPLICA_IDB);
}

export function formatBytes(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: mb < 10 ? 1 : 0 });
  return `${format.format(mb)} MB`;
}
