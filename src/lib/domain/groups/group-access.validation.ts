/**
 * Who may write what in a working group's database.
 *
 * Approval lock, and why it lives on every child. CouchDB's validate_doc_update sees only the
 * incoming revision and its parent, never another document, so a child (agenda item,
 * attendance, decision) cannot look up its meeting's status. A copied `meetingStatus` that
 * members maintain would be leaky: nothing stops a member writing "draft" on a child of an
 * approved meeting. Instead:
 *  - `locked` is coordinator-only: only a coordinator (or admin) may set it, clear it, or write,
 *    delete or edit a child whose stored revision is locked. The app approves a meeting by
 *    writing the meeting (status "approved") and every child with `locked: true` in one
 *    `_bulk_docs`; reopening does the reverse.
 *  - The approved minutes are, by definition, the approved meeting plus its locked children.
 *    A member can still create a new unlocked child of an approved meeting (the validator cannot
 *    know the meeting is approved), but such a child is not part of the minutes: the app shows
 *    it as "added after approval" for the coordinator to adopt or remove. So nothing a member
 *    writes can change approved minutes, and the rule is enforceable on the server.
 *  - Offline edits made before the approval are legitimate and may arrive later as a conflicting
 *    branch (each revision is validated against its own parent). They cannot remove the approved
 *    revision (deleting or editing a locked/approved revision is coordinator-only), so the app
 *    treats a meeting or child as approved/locked when any leaf revision is, and shows the late
 *    edit as a conflict for the coordinator.
 * Tasks are not locked: they live on after the meeting (status changes to done).
 */
import {
  canWriteGroup,
  coordinatorRole,
  groupRole,
  isAdmin,
  isCoordinatorOf,
  parseDbName,
  parseRole,
  type ParsedDbName,
} from '../roles';
import {
  forbidden,
  ok,
  unauthorized,
  type AnyDoc,
  type UserCtx,
  type ValidationResult,
} from '../validation/validation.types';

export interface SecObj {
  members?: { names?: string[]; roles?: string[] };
  admins?: { names?: string[]; roles?: string[] };
}

/**
 * The database's parsed name from `userCtx.db`. The embedded server may report a storage path
 * there, so only the last path segment counts (our database names contain no "/").
 */
export function databaseOf(userCtx: UserCtx): ParsedDbName | undefined {
  if (!userCtx.db) return undefined;
  const parts = userCtx.db.split('/');
  return parseDbName(parts[parts.length - 1] ?? '');
}

export interface GroupRef {
  orp: string;
  group: string;
}

/**
 * The group this database belongs to: from `userCtx.db` (CouchDB and the embedded server both
 * set it), else from the group role in `_security`.
 */
export function groupOfDatabase(userCtx: UserCtx, secObj?: SecObj): GroupRef | undefined {
  const parsed = databaseOf(userCtx);
  if (parsed?.kind === 'group') return { orp: parsed.orp, group: parsed.group };
  for (const role of secObj?.members?.roles ?? []) {
    const r = parseRole(role);
    if (r?.kind === 'group') return { orp: r.orp, group: r.group };
  }
  return undefined;
}

function live(doc: AnyDoc | null): AnyDoc | null {
  return doc && !doc._deleted ? doc : null;
}

export function checkMembership(userCtx: UserCtx, group: GroupRef): ValidationResult {
  if (canWriteGroup(userCtx.roles, group.orp, group.group)) return ok;
  if (!userCtx.name) {
    return unauthorized(
      'Pro zápis do pracovní skupiny se přihlaste.',
      'Sign in to write to a working group.',
    );
  }
  return forbidden(
    `Do skupiny mohou zapisovat jen její členové (${groupRole(group.orp, group.group)}) a koordinátor (${coordinatorRole(group.orp)}).`,
    `Only members of the group and the ORP coordinator may write here.`,
  );
}

/** createdBy is fixed at creation to the author; updatedBy is always the signed-in user. */
export function checkAuthorship(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
): ValidationResult {
  if (newDoc._deleted || isAdmin(userCtx.roles)) return ok;
  if (newDoc.updatedBy !== userCtx.name) {
    return forbidden(
      'Pole updatedBy musí být jméno přihlášeného uživatele.',
      'updatedBy must be the signed-in user.',
    );
  }
  const previous = live(oldDoc);
  const expectedCreator = previous ? previous.createdBy : userCtx.name;
  if (newDoc.createdBy !== expectedCreator) {
    return forbidden(
      previous
        ? 'Autora dokumentu (createdBy) nelze změnit.'
        : 'Pole createdBy musí být jméno přihlášeného uživatele.',
      previous ? 'createdBy cannot change.' : 'createdBy must be the signed-in user.',
    );
  }
  return ok;
}

function lockedMeeting(doc: AnyDoc | null): boolean {
  return doc !== null && !doc._deleted && doc.type === 'meeting' && doc.status === 'approved';
}

function lockedChild(doc: AnyDoc | null): boolean {
  return doc !== null && !doc._deleted && doc.type !== 'meeting' && doc.locked === true;
}

/** Approved minutes and locked children: coordinator only (see the comment at the top). */
export function checkApprovalLock(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  group: GroupRef,
): ValidationResult {
  const touchesLock =
    lockedMeeting(oldDoc) || lockedMeeting(newDoc) || lockedChild(oldDoc) || lockedChild(newDoc);
  if (!touchesLock) return ok;
  if (!isCoordinatorOf(userCtx.roles, group.orp)) {
    return forbidden(
      'Schválený zápis může měnit, schválit nebo znovu otevřít jen koordinátor.',
      'Only a coordinator may approve, change or reopen approved minutes.',
    );
  }
  const approving = lockedMeeting(newDoc) && !lockedMeeting(oldDoc);
  if (approving && !isAdmin(userCtx.roles) && newDoc.approvedBy !== userCtx.name) {
    return forbidden(
      'Pole approvedBy musí být jméno přihlášeného koordinátora.',
      'approvedBy must be the signed-in coordinator.',
    );
  }
  return ok;
}

/**
 * The roster (whom attendance and tasks are picked from) says who belongs to the group, so
 * only a coordinator or an admin writes or deletes it; members read it.
 */
export function checkRosterAccess(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  group: GroupRef,
): ValidationResult {
  const roster = newDoc.type === 'roster' || oldDoc?.type === 'roster' || newDoc._id === 'roster';
  if (!roster || isCoordinatorOf(userCtx.roles, group.orp)) return ok;
  return forbidden(
    'Seznam členů skupiny může měnit jen koordinátor.',
    'Only a coordinator may change the group roster.',
  );
}

/** A document's type is fixed at creation. */
export function checkTypeUnchanged(newDoc: AnyDoc, oldDoc: AnyDoc | null): ValidationResult {
  const previous = live(oldDoc);
  if (!previous || newDoc._deleted || previous.type === newDoc.type) return ok;
  return forbidden('Typ dokumentu nelze změnit.', 'A document type cannot change.');
}
