/**
 * The coordinator's roster edits: the shared pure edits (domain/groups/roster.ts) saved
 * through the group repository, whose validation refuses anyone but a coordinator.
 */
import type { RosterDoc, RosterMember } from '$lib/domain/groups/group.types';
import {
  emptyRoster,
  rosterKeyFor,
  withoutRosterMember,
  withRosterMember,
} from '$lib/domain/groups/roster';
import type { AnyDoc } from '$lib/domain/validation/validation.types';
import { saveGroupDoc, type Writer } from '$lib/data/pouch/group.repository';

const author = (writer: Writer) => ({ name: writer.name, at: new Date().toISOString() });

/** A user name without spaces, ':' or '/' (attendance ids embed it). */
export function isRosterName(name: string): boolean {
  return /^[^:\s/]+$/.test(name);
}

/**
 * Adds a person (or renames one already there). Without a user name the person gets a key
 * made from the display name, for someone who attends without an account.
 */
export async function putRosterMember(
  db: string,
  roster: RosterDoc | undefined,
  input: { displayName: string; name?: string },
  writer: Writer,
): Promise<RosterMember> {
  const base = roster ?? emptyRoster(author(writer));
  const name =
    input.name?.trim() ||
    rosterKeyFor(
      input.displayName,
      base.members.map((m) => m.name),
    );
  const member = { name, displayName: input.displayName.trim() };
  const next = withRosterMember(base, member, author(writer));
  if (next) await saveGroupDoc(db, next as unknown as AnyDoc, writer);
  return member;
}

export async function removeRosterMember(
  db: string,
  roster: RosterDoc,
  name: string,
  writer: Writer,
): Promise<void> {
  const next = withoutRosterMember(roster, name, author(writer));
  if (next) await saveGroupDoc(db, next as unknown as AnyDoc, writer);
}
