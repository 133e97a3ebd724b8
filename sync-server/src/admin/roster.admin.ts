/**
 * The roster of a working group (whom attendance and task owners are picked from), kept by the
 * admin CLI when it gives or takes a group role, and by the "accept a joining request" endpoint.
 * Server-admin writes: the group's validation lets admins write the roster like coordinators.
 */
import { groupDbName, parseRole } from '../../../src/lib/domain/roles';
import type { RosterDoc, RosterMember } from '../../../src/lib/domain/groups/group.types';
import {
  emptyRoster,
  withoutRosterMember,
  withRosterMember,
  type RosterAuthor,
} from '../../../src/lib/domain/groups/roster';
import type { CouchClient } from '../couch/couch-client';
import { couchStatus } from '../couch/couch-client';
import { readRoster, writeRoster } from '../couch/roster.storage';

/** Shown as the roster's author (`updatedBy`) in the app. */
export const ROSTER_ADMIN_AUTHOR = 'admin';
const ATTEMPTS = 5;

/**
 * Read, change, write; a coordinator editing the roster at the same moment makes the write
 * answer 409, and the change is applied again to their version. Returns whether it wrote.
 */
async function updateRoster(
  client: CouchClient,
  orp: string,
  group: string,
  change: (roster: RosterDoc, author: RosterAuthor) => RosterDoc | undefined,
): Promise<boolean> {
  const db = groupDbName(orp, group);
  for (let attempt = 1; ; attempt++) {
    const author = { name: ROSTER_ADMIN_AUTHOR, at: new Date().toISOString() };
    const current = (await readRoster(client, db)) ?? emptyRoster(author);
    const next = change(current, author);
    if (!next) return false;
    try {
      await writeRoster(client, db, next);
      return true;
    } catch (error) {
      if (couchStatus(error) !== 409 || attempt >= ATTEMPTS) throw error;
    }
  }
}

/** Puts `name` on the group's roster with `displayName` (renames when already there). */
export function addRosterMember(
  client: CouchClient,
  orp: string,
  group: string,
  member: RosterMember,
): Promise<boolean> {
  const displayName = member.displayName.trim() || member.name;
  return updateRoster(client, orp, group, (roster, author) =>
    withRosterMember(roster, { name: member.name, displayName }, author),
  );
}

/** Takes `name` off the group's roster (nothing happens when it is not there). */
export function removeRosterMember(
  client: CouchClient,
  orp: string,
  group: string,
  name: string,
): Promise<boolean> {
  return updateRoster(client, orp, group, (roster, author) =>
    withoutRosterMember(roster, name, author),
  );
}

/** The `{orp, group}` pairs of an account's group roles. */
export function groupsOfRoles(roles: readonly string[]): { orp: string; group: string }[] {
  return roles.flatMap((role) => {
    const parsed = parseRole(role);
    return parsed?.kind === 'group' ? [{ orp: parsed.orp, group: parsed.group }] : [];
  });
}

/** The display name an account has on any of these groups' rosters. */
async function knownDisplayName(
  client: CouchClient,
  name: string,
  groups: readonly { orp: string; group: string }[],
): Promise<string | undefined> {
  for (const g of groups) {
    const roster = await readRoster(client, groupDbName(g.orp, g.group));
    const found = roster?.members.find((m) => m.name === name);
    if (found) return found.displayName;
  }
  return undefined;
}

/**
 * Brings the rosters in line with a change of an account's roles: on the roster of each group
 * it now belongs to (with `displayName` when given, else the name it had on a roster, so a
 * move between groups keeps it, else the user name), off the roster of each group it left.
 */
export async function syncRosters(
  client: CouchClient,
  name: string,
  before: readonly string[],
  after: readonly string[],
  displayName?: string,
): Promise<void> {
  const key = (g: { orp: string; group: string }) => `${g.orp}:${g.group}`;
  const previous = groupsOfRoles(before);
  const next = groupsOfRoles(after);
  const shown =
    displayName?.trim() || (await knownDisplayName(client, name, [...next, ...previous])) || name;
  const now = new Set(next.map(key));
  for (const g of previous) {
    if (!now.has(key(g))) await removeRosterMember(client, g.orp, g.group, name);
  }
  const had = new Set(previous.map(key));
  for (const g of next) {
    if (had.has(key(g)) && displayName === undefined) continue;
    await addRosterMember(client, g.orp, g.group, { name, displayName: shown });
  }
}
