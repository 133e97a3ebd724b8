import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';
import type { SecurityObject } from './databases';
import { StartupError } from '../config/startup-error';

type NamesRoles = Partial<{ names: string[]; roles: string[] }>;
type StoredSecurity = Partial<{ admins: NamesRoles; members: NamesRoles }>;

function normalise(security: StoredSecurity | undefined): SecurityObject {
  const part = (value: NamesRoles | undefined) => ({
    names: [...(value?.names ?? [])].sort(),
    roles: [...(value?.roles ?? [])].sort(),
  });
  return { admins: part(security?.admins), members: part(security?.members) };
}

function restrictsMembers(security: SecurityObject): boolean {
  return security.members.names.length > 0 || security.members.roles.length > 0;
}

async function readSecurity(client: CouchClient, db: string): Promise<StoredSecurity> {
  return (await client.relax({ db, path: '_security' })) as StoredSecurity;
}

/** Writes `_security` only when it differs, so restarts leave the database untouched. */
export async function ensureSecurity(
  client: CouchClient,
  db: string,
  wanted: SecurityObject,
): Promise<void> {
  const current = normalise(await readSecurity(client, db));
  if (JSON.stringify(current) === JSON.stringify(normalise(wanted))) return;
  try {
    await client.relax({ db, path: '_security', method: 'PUT', body: wanted });
  } catch (error) {
    // CouchDB 3 refuses edits of _users/_security unless users_db_security_editable is set.
    // Its own default is already admin-only, which is what we want; accept that.
    if (db === '_users' && couchStatus(error) === 403 && restrictsMembers(current)) return;
    if (couchStatus(error) === 403) {
      throw new StartupError(
        `CouchDB refused to set _security on ${db}; for _users set [couchdb] users_db_security_editable = true.`,
      );
    }
    throw error;
  }
}
