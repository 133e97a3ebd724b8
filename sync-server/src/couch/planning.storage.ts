import type {
  PlanningOrpDoc,
  WorkingGroupDoc,
} from '../../../src/lib/domain/planning/planning.types';
import {
  planningOrpId,
  workingGroupId,
  WORKING_GROUP_PREFIX,
} from '../../../src/lib/domain/planning/planning.types';
import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';
import { CATALOG_DB } from './databases';

/** The public records of ORPs and working groups in `catalog` (planning.types.ts). */
async function readDoc<T>(client: CouchClient, id: string): Promise<T | undefined> {
  try {
    const doc = await client.use<T & { _deleted?: boolean }>(CATALOG_DB).get(id);
    return doc._deleted ? undefined : doc;
  } catch (error) {
    if (couchStatus(error) === 404) return undefined;
    throw error;
  }
}

export function readPlanningOrp(client: CouchClient, orp: string) {
  return readDoc<PlanningOrpDoc>(client, planningOrpId(orp));
}

export function readWorkingGroup(client: CouchClient, orp: string, group: string) {
  return readDoc<WorkingGroupDoc>(client, workingGroupId(orp, group));
}

export async function writePlanningDoc(
  client: CouchClient,
  doc: PlanningOrpDoc | WorkingGroupDoc,
): Promise<void> {
  await client.use<PlanningOrpDoc | WorkingGroupDoc>(CATALOG_DB).insert(doc);
}

/** Codes of the working groups recorded for an ORP. */
export async function listGroupCodes(client: CouchClient, orp: string): Promise<string[]> {
  const prefix = `${WORKING_GROUP_PREFIX}${orp}:`;
  const page = await client.use(CATALOG_DB).list({ startkey: prefix, endkey: `${prefix}\ufff0` });
  return page.rows.map((row) => row.id.slice(prefix.length));
}
