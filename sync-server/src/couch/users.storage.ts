import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';

/**
 * Accounts in `_users`, for the admin CLI. CouchDB hashes `password` on write (and replaces it
 * with `derived_key`/`salt`), so a plain password never stays stored.
 */
export interface UserDoc {
  _id: string;
  _rev?: string;
  type: 'user';
  name: string;
  roles: string[];
  password?: string;
  /** Our marker: CouchDB itself has no disabled flag (see user.admin.ts). */
  disabled?: boolean;
  disabledAt?: string;
  [key: string]: unknown;
}

const USERS_DB = '_users';

export function userDocId(name: string): string {
  return `org.couchdb.user:${name}`;
}

export async function readUser(client: CouchClient, name: string): Promise<UserDoc | undefined> {
  try {
    return await client.use<UserDoc>(USERS_DB).get(userDocId(name));
  } catch (error) {
    if (couchStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Writes the account; a 409 means someone changed it meanwhile (the caller says so). */
export async function writeUser(client: CouchClient, doc: UserDoc): Promise<void> {
  await client.use<UserDoc>(USERS_DB).insert(doc);
}
