import type { RosterDoc } from '../../../src/lib/domain/groups/group.types';
import { ROSTER_ID } from '../../../src/lib/domain/groups/group.types';
import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';

/** A group's roster document (`roster` in `orp-<orp>-group-<group>`), or undefined. */
export async function readRoster(client: CouchClient, db: string): Promise<RosterDoc | undefined> {
  try {
    const doc = await client.use<RosterDoc>(db).get(ROSTER_ID);
    return doc._deleted ? undefined : doc;
  } catch (error) {
    if (couchStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Writes the roster; a 409 (someone changed it meanwhile) is left to the caller to retry. */
export async function writeRoster(client: CouchClient, db: string, doc: RosterDoc): Promise<void> {
  await client.use<RosterDoc>(db).insert(doc);
}
