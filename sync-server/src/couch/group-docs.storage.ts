import type { GroupDoc } from '../../../src/lib/domain/groups/group.types';
import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';

/** One live document of a group database (`orp-<orp>-group-<group>`), or undefined. */
export async function readGroupDoc<T extends GroupDoc>(
  client: CouchClient,
  db: string,
  id: string,
): Promise<T | undefined> {
  try {
    const doc = await client.use<T>(db).get(id);
    return doc._deleted ? undefined : doc;
  } catch (error) {
    if (couchStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Writes with the stored `_rev`; a 409 (someone changed it meanwhile) is the caller's. */
export async function writeGroupDoc(client: CouchClient, db: string, doc: GroupDoc): Promise<void> {
  await client.use<GroupDoc>(db).insert(doc);
}
