import type { MeetingDoc } from '../../../src/lib/domain/groups/group.types';
import type { WorkingGroupDoc } from '../../../src/lib/domain/planning/planning.types';
import { WORKING_GROUP_PREFIX } from '../../../src/lib/domain/planning/planning.types';
import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';
import { CATALOG_DB } from './databases';
import { listDynamicDatabases } from './dynamic-databases';

/** Reads for the calendar feed, with the server's admin connection (the caller decides who). */

/** Every `orp-<orp>-group-*` database that exists, for coordinators (they see all groups). */
export async function listGroupDatabases(client: CouchClient): Promise<string[]> {
  return (await listDynamicDatabases(client)).map((spec) => spec.name);
}

/** A group's meetings: one `_all_docs` key range (`meeting:…`), no design document needed. */
export async function readMeetings(client: CouchClient, db: string): Promise<MeetingDoc[]> {
  try {
    const page = await client.use(db).list({
      startkey: 'meeting:',
      endkey: 'meeting:\ufff0',
      include_docs: true,
    });
    return page.rows
      .map((row) => row.doc as unknown as MeetingDoc | undefined)
      .filter((doc): doc is MeetingDoc => doc?.type === 'meeting' && !doc._deleted);
  } catch (error) {
    // A role can outlive its group's database; such a group simply has no meetings.
    if (couchStatus(error) === 404) return [];
    throw error;
  }
}

/** Group names from the public `working-group:` records in the catalogue. */
export async function readGroupNames(client: CouchClient): Promise<Map<string, WorkingGroupDoc>> {
  const page = await client.use(CATALOG_DB).list({
    startkey: WORKING_GROUP_PREFIX,
    endkey: `${WORKING_GROUP_PREFIX}\ufff0`,
    include_docs: true,
  });
  const byKey = new Map<string, WorkingGroupDoc>();
  for (const row of page.rows) {
    const doc = row.doc as unknown as WorkingGroupDoc | undefined;
    if (doc?.type === 'working-group' && !doc._deleted) byKey.set(`${doc.orp}:${doc.group}`, doc);
  }
  return byKey;
}
