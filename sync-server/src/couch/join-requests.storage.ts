import type { JoinRequestDoc } from '../../../src/lib/domain/participation/join-request.types';
import { JOIN_REQUEST_PREFIX } from '../../../src/lib/domain/participation/join-request.types';
import { PLANNING_ORP_PREFIX } from '../../../src/lib/domain/planning/planning.types';
import { joinRequestsDbName, parseJoinRequestsDbName } from '../../../src/lib/domain/roles';
import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';
import { CATALOG_DB, joinRequestsDatabaseSpec } from './databases';
import { ensureDynamicDatabase } from './dynamic-databases';

/** Joining requests in `orp-<orp>-join-requests`, with the server's admin connection. */

/** Codes of every ORP recorded in the catalogue (`planning-orp:<orp>`). */
export async function listPlanningOrpCodes(client: CouchClient): Promise<string[]> {
  const page = await client.use(CATALOG_DB).list({
    startkey: PLANNING_ORP_PREFIX,
    endkey: `${PLANNING_ORP_PREFIX}\ufff0`,
  });
  return page.rows.map((row) => row.id.slice(PLANNING_ORP_PREFIX.length));
}

/** Creates and secures an ORP's requests database (idempotent). */
export function ensureJoinRequestsDatabase(client: CouchClient, orp: string): Promise<void> {
  return ensureDynamicDatabase(client, joinRequestsDatabaseSpec(orp));
}

/** One requests database per ORP of the catalogue; returns how many. */
export async function ensureJoinRequestsDatabases(client: CouchClient): Promise<number> {
  const orps = await listPlanningOrpCodes(client);
  for (const orp of orps) await ensureJoinRequestsDatabase(client, orp);
  return orps.length;
}

export async function insertJoinRequest(client: CouchClient, doc: JoinRequestDoc): Promise<void> {
  const db = joinRequestsDbName(doc.orp);
  try {
    await client.use<JoinRequestDoc>(db).insert(doc);
  } catch (error) {
    // An ORP added while this server ran (orp add on another host): create its database once.
    if (couchStatus(error) !== 404) throw error;
    await ensureJoinRequestsDatabase(client, doc.orp);
    await client.use<JoinRequestDoc>(db).insert(doc);
  }
}

export async function readJoinRequest(
  client: CouchClient,
  orp: string,
  id: string,
): Promise<JoinRequestDoc | undefined> {
  try {
    return await client.use<JoinRequestDoc>(joinRequestsDbName(orp)).get(id);
  } catch (error) {
    if (couchStatus(error) === 404) return undefined;
    throw error;
  }
}

export async function deleteJoinRequest(
  client: CouchClient,
  orp: string,
  doc: Pick<JoinRequestDoc, '_id' | '_rev'>,
): Promise<void> {
  try {
    await client.use(joinRequestsDbName(orp)).destroy(doc._id, doc._rev ?? '');
  } catch (error) {
    // Someone deleted it meanwhile: the outcome wanted.
    if (couchStatus(error) !== 404 && couchStatus(error) !== 409) throw error;
  }
}

/** The requests databases that exist. */
export async function listJoinRequestDatabases(client: CouchClient): Promise<string[]> {
  return (await client.db.list()).filter((name) => parseJoinRequestsDbName(name));
}

export async function listJoinRequests(client: CouchClient, db: string): Promise<JoinRequestDoc[]> {
  const page = await client.use(db).list({
    startkey: JOIN_REQUEST_PREFIX,
    endkey: `${JOIN_REQUEST_PREFIX}\ufff0`,
    include_docs: true,
  });
  return page.rows
    .map((row) => row.doc as unknown as JoinRequestDoc | undefined)
    .filter((doc): doc is JoinRequestDoc => doc?.type === 'join-request');
}
