import { randomBytes } from 'node:crypto';
import type { CouchClient } from '../couch/couch-client';
import { couchStatus } from '../couch/couch-client';
import { readUser, userDocId, writeUser, type UserDoc } from '../couch/users.storage';
import { AdminError } from './admin-error';
import { resolveRoles } from './roles.admin';
import { syncRosters } from './roster.admin';

const MIN_PASSWORD = 8;

/** CouchDB forbids ':' and a leading '_'; we also keep names usable inside document ids. */
function checkName(name: string | undefined): string {
  if (!name || !/^[^:\s/_][^:\s/]{0,63}$/.test(name)) {
    throw new AdminError(
      `User name "${name ?? ''}" is invalid; use 1–64 characters without spaces, ":" or "/", not starting with "_".`,
    );
  }
  return name;
}

function checkPassword(password: string | undefined): string {
  if (password === undefined || password === '') {
    throw new AdminError('A password is missing; give it with --password PW.');
  }
  if (password.length < MIN_PASSWORD) {
    throw new AdminError(`The password is too short; use at least ${MIN_PASSWORD} characters.`);
  }
  return password;
}

async function requireUser(client: CouchClient, name: string): Promise<UserDoc> {
  const doc = await readUser(client, checkName(name));
  if (!doc) throw new AdminError(`User "${name}" does not exist; create it with "user add".`);
  return doc;
}

async function save(client: CouchClient, doc: UserDoc): Promise<void> {
  try {
    await writeUser(client, doc);
  } catch (error) {
    if (couchStatus(error) === 409) {
      throw new AdminError(
        `User "${doc.name}" was changed by someone else meanwhile; run the command again.`,
      );
    }
    throw error;
  }
}

export async function addUser(
  client: CouchClient,
  name: string | undefined,
  password: string | undefined,
  roles: readonly string[],
  displayName?: string,
): Promise<string> {
  const checked = checkName(name);
  const pw = checkPassword(password);
  const resolved = await resolveRoles(client, roles);
  if (await readUser(client, checked)) {
    throw new AdminError(
      `User "${checked}" already exists; use "user roles" or "user passwd" to change it.`,
    );
  }
  await save(client, {
    _id: userDocId(checked),
    type: 'user',
    name: checked,
    roles: resolved,
    password: pw,
  });
  // After the account: a roster entry without an account would name nobody who can sign in.
  await syncRosters(client, checked, [], resolved, displayName);
  return `Added user ${checked} with roles: ${resolved.join(', ') || '(none)'}.`;
}

/**
 * Replaces the roles (not adds): scripts state the whole truth each time. The rosters follow:
 * on for groups joined (or renamed with `displayName`), off for groups left.
 */
export async function setRoles(
  client: CouchClient,
  name: string,
  roles: readonly string[],
  displayName?: string,
): Promise<string> {
  if (roles.length === 0) {
    throw new AdminError('Give at least one role; to take all access away use "user disable".');
  }
  const doc = await requireUser(client, name);
  if (doc.disabled) {
    throw new AdminError(
      `User "${name}" is disabled; set a new password with "user passwd" first.`,
    );
  }
  const resolved = await resolveRoles(client, roles);
  await save(client, { ...doc, roles: resolved });
  await syncRosters(client, name, doc.roles, resolved, displayName);
  return `User ${name} now has roles: ${resolved.join(', ')}.`;
}

/** A new password; it also re-enables a disabled account (its roles stay empty until set). */
export async function setPassword(
  client: CouchClient,
  name: string,
  password: string | undefined,
): Promise<string> {
  const doc = await requireUser(client, name);
  const pw = checkPassword(password);
  const next: UserDoc = { ...doc, password: pw };
  delete next.disabled;
  delete next.disabledAt;
  await save(client, next);
  return doc.disabled
    ? `Set a new password for ${name} and enabled the account again; give it roles with "user roles".`
    : `Set a new password for ${name}.`;
}

/**
 * CouchDB has no "disabled" flag. Disabling therefore (1) removes every role, so no database
 * admits the account, (2) sets a long random password nobody knows, so it cannot sign in, and
 * (3) marks the document `disabled: true` for people and tools. Changing the password gives the
 * account a new salt, and CouchDB signs AuthSession cookies with the user's salt, so sessions
 * already open stop working too.
 */
export async function disableUser(client: CouchClient, name: string): Promise<string> {
  const doc = await requireUser(client, name);
  await save(client, {
    ...doc,
    roles: [],
    password: randomBytes(32).toString('base64url'),
    disabled: true,
    disabledAt: new Date().toISOString(),
  });
  await syncRosters(client, name, doc.roles, []);
  return `Disabled user ${name}: no roles, an unknown password, open sessions ended.`;
}
