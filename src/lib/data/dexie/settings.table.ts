import { db } from './app.db';

/** Device-only preferences, one row per key. */
export async function getSettings(): Promise<Record<string, unknown>> {
  const rows = await db.settings.toArray();
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

export async function putSettings(values: Record<string, unknown>): Promise<void> {
  await db.settings.bulkPut(Object.entries(values).map(([key, value]) => ({ key, value })));
}
