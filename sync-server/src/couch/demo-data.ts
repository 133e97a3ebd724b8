import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';

const MARKER_ID = '_local/rozcestnik-provisioning';

interface ProvisioningMarker {
  _id: string;
  _rev?: string;
  demoLoadedAt?: string;
}

interface BulkResult {
  id?: string;
  error?: string;
  reason?: string;
}

async function readMarker(client: CouchClient, db: string): Promise<ProvisioningMarker> {
  try {
    return (await client.use(db).get(MARKER_ID)) as unknown as ProvisioningMarker;
  } catch (error) {
    if (couchStatus(error) === 404) return { _id: MARKER_ID };
    throw error;
  }
}

/**
 * Loads demo documents on the first start only. The marker is a `_local` document so it never
 * replicates to browsers. Documents go in without `_rev`, so anything already stored (say, a
 * copy edited by a person) answers "conflict" and is left as it is.
 * Returns the reasons of documents the database refused for any other reason.
 */
export async function loadDemoOnce(
  client: CouchClient,
  db: string,
  docs: readonly object[],
): Promise<{ loaded: number; refused: string[] }> {
  const marker = await readMarker(client, db);
  if (marker.demoLoadedAt) return { loaded: 0, refused: [] };
  const results = (await client.use(db).bulk({ docs: [...docs] })) as BulkResult[];
  const refused = results
    .filter((result) => result.error && result.error !== 'conflict')
    .map((result) => `${result.id ?? '?'}: ${result.reason ?? result.error ?? ''}`);
  const loaded = results.filter((result) => !result.error).length;
  // Set even when some were refused (a bug in the demo set, reported by the caller): retrying
  // on the next start would re-create demo documents a person has deleted since.
  const done: ProvisioningMarker = { ...marker, demoLoadedAt: new Date().toISOString() };
  try {
    await client.use<ProvisioningMarker>(db).insert(done);
  } catch (error) {
    // Another instance loading the same demo set concurrently set it first; same outcome.
    if (couchStatus(error) !== 409) throw error;
  }
  return { loaded, refused };
}
