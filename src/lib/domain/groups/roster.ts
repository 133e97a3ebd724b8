/**
 * Pure roster edits shared by the admin CLI (sync-server/src/admin/roster.admin.ts) and the
 * coordinator's roster section in the app, so both keep the same order and uniqueness rules.
 */
import { ROSTER_ID, type RosterDoc, type RosterMember } from './group.types';

export interface RosterAuthor {
  name: string;
  /** ISO date-time of the change. */
  at: string;
}

/** A fresh roster document (the group database has none yet). */
export function emptyRoster(author: RosterAuthor): RosterDoc {
  return {
    _id: ROSTER_ID,
    type: 'roster',
    members: [],
    createdBy: author.name,
    createdAt: author.at,
    updatedBy: author.name,
    updatedAt: author.at,
  };
}

const byDisplayName = (a: RosterMember, b: RosterMember) =>
  a.displayName.localeCompare(b.displayName, 'cs') || a.name.localeCompare(b.name);

/**
 * The roster with `member` added, or renamed when the user name is there already. Returns
 * undefined when nothing would change, so callers write nothing (no idle revisions).
 */
export function withRosterMember(
  roster: RosterDoc,
  member: RosterMember,
  author: RosterAuthor,
): RosterDoc | undefined {
  const displayName = member.displayName.trim();
  const existing = roster.members.find((m) => m.name === member.name);
  if (existing?.displayName === displayName) return undefined;
  const others = roster.members.filter((m) => m.name !== member.name);
  return {
    ...roster,
    members: [...others, { name: member.name, displayName }].sort(byDisplayName),
    updatedBy: author.name,
    updatedAt: author.at,
  };
}

/** The roster without `name`, or undefined when the name is not on it. */
export function withoutRosterMember(
  roster: RosterDoc,
  name: string,
  author: RosterAuthor,
): RosterDoc | undefined {
  if (!roster.members.some((m) => m.name === name)) return undefined;
  return {
    ...roster,
    members: roster.members.filter((m) => m.name !== name),
    updatedBy: author.name,
    updatedAt: author.at,
  };
}

/** The name people know for a user name: the roster's display name, else the name itself. */
export function displayNameOf(members: readonly RosterMember[], name: string): string {
  return members.find((m) => m.name === name)?.displayName ?? name;
}

/**
 * A user-name-like key for someone a coordinator puts on the roster without an account
 * (attendance ids embed it): the display name folded to ASCII, e.g. "Jana Nováková" →
 * "jana-novakova". Taken names get a number.
 */
export function rosterKeyFor(displayName: string, taken: readonly string[]): string {
  const base =
    displayName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'clen';
  let key = base;
  for (let i = 2; taken.includes(key); i++) key = `${base}-${i}`;
  return key;
}
