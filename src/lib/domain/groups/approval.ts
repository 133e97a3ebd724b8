/**
 * Approving and reopening minutes as one atomic-looking batch: the meeting's status and every
 * child's `locked` flag change together in one `_bulk_docs` (see group-access.validation.ts for
 * why the lock lives on each child). Pure: the caller saves the returned documents.
 */
import type { MeetingChildDoc, MeetingDoc } from './group.types';

export interface Actor {
  name: string;
  /** ISO date-time of the action. */
  at: string;
}

function stamp<T extends MeetingDoc | MeetingChildDoc>(doc: T, actor: Actor): T {
  return { ...doc, updatedBy: actor.name, updatedAt: actor.at };
}

/** The meeting approved by `actor` and all its current children locked. */
export function approveMinutes(
  meeting: MeetingDoc,
  children: readonly MeetingChildDoc[],
  actor: Actor,
): (MeetingDoc | MeetingChildDoc)[] {
  return [
    stamp({ ...meeting, status: 'approved', approvedBy: actor.name, approvedAt: actor.at }, actor),
    ...children.filter((c) => !c.locked).map((c) => stamp({ ...c, locked: true }, actor)),
  ];
}

/** The meeting back to draft and its children unlocked, so members can edit again. */
export function reopenMinutes(
  meeting: MeetingDoc,
  children: readonly MeetingChildDoc[],
  actor: Actor,
): (MeetingDoc | MeetingChildDoc)[] {
  const draft: MeetingDoc = stamp({ ...meeting, status: 'draft' }, actor);
  delete draft.approvedBy;
  delete draft.approvedAt;
  return [
    draft,
    ...children.filter((c) => c.locked).map((c) => stamp({ ...c, locked: false }, actor)),
  ];
}

/**
 * What the approved minutes consist of: the locked children. Unlocked children of an approved
 * meeting were added after approval (members may still create them) and are shown apart.
 */
export function splitApprovedChildren<T extends MeetingChildDoc>(
  children: readonly T[],
): { minutes: T[]; addedAfterApproval: T[] } {
  return {
    minutes: children.filter((c) => c.locked),
    addedAfterApproval: children.filter((c) => !c.locked),
  };
}
