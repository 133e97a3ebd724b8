import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';

/** Creates the database unless it exists; a concurrent creator's 412 counts as success. */
export async function ensureDatabase(client: CouchClient, db: string): Promise<void> {
  try {
    await client.db.get(db);
    return;
  } catch (error) {
    if (couchStatus(error) !== 404) throw error;
  }
  try {
    await client.db.create(db);
  } catch (error) {
    if (couchStatus(error) !== 412) throw error;
  }
}
