import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';

/** The demo set's marker; reference data has its own, so each loads once on its own. */
export const DEMO_MARKER = 'rozcestnik-provisioning';
export const REFERENCE_MARKER = 'rozcestnik-reference';

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

async function readMarker(
  client: CouchClient,
  db: string,
  markerId: string,
): Promise<ProvisioningMarker> {
  try {
    return (await client.use(db).get(markerId)) as unknown as ProvisioningMarker;
  } catch (error) {
    if (couchStatus(error) === 404) return { _id: markerId };
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
  markerName = DEMO_MARKER,
): Promise<{ loaded: number; refused: string[] }> {
  const marker = await readMarker(client, db, `_local/${markerName}`);
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

/** Deletes the named documents that exist (admin tombstones); returns how many. */
export async function deleteExisting(
  client: CouchClient,
  db: string,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  // _all_docs with keys: a deleted document's row has `value.deleted`, a missing one `error`.
  const page = (await client.use(db).fetchRevs({ keys: [...ids] })) as {
    rows: { id?: string; value?: { rev: string; deleted?: boolean } }[];
  };
  const tombstones = page.rows.flatMap((row) =>
    row.id && row.value && !row.value.deleted
      ? [{ _id: row.id, _rev: row.value.rev, _deleted: true }]
      : [],
  );
  if (tombstones.length === 0) return 0;
  const results = (await client.use(db).bulk({ docs: tombstones })) as BulkResult[];
  const failed = results.filter((result) => result.error);
  if (failed.length > 0) {
    throw new Error(`${db}: ${failed[0]?.id ?? '?'} was not deleted (${failed[0]?.reason ?? ''})`);
  }
  return tombstones.length;
}

/** Ids of the live documents whose id starts with `prefix`, design documents excluded. */
export async function idsWithPrefix(
  client: CouchClient,
  db: string,
  prefix = '',
): Promise<string[]> {
  const page = await client
    .use(db)
    .list(prefix ? { startkey: prefix, endkey: `${prefix}\ufff0` } : {});
  return page.rows.map((row) => row.id).filter((id) => !id.startsWith('_design/'));
}
