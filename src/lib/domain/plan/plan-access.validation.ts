/**
 * Who may write what in an ORP's plan database `orp-<orp>-plan`.
 *
 * Reading is `_security` (every `orp:<orp>:member` and coordinator); writing is decided here:
 *  - Coordinators (and admins) write everything, approve monitoring and action-plan items, and
 *    approve or reject proposed measures (recording `decidedBy/At`).
 *  - Members of a working group of the ORP (`orp:<orp>:group:<g>`) may
 *    - propose a measure (`status: proposed`, `proposedByGroup` one of their groups,
 *      `proposedBy` themselves) and edit or withdraw it while it is still proposed;
 *    - fill in monitoring and action-plan items whose `group` is one of their groups, while
 *      they are not approved.
 *  - Nobody else writes.
 *
 * Why monitoring and action-plan items are opened by a coordinator and their `group` is fixed:
 * validate_doc_update sees only the incoming revision and its parent, never the activity, so
 * it cannot check that a member's `group` is the activity's owner. If members could create
 * them, a member of group A could create the monitoring of group B's activity labelled "A".
 * So a coordinator opens them ("open monitoring for year X" writes one per activity, `group`
 * copied from the activity), members may only update documents whose stored `group` is
 * theirs, and only a coordinator may change `group`. Offline: a member's edit made before the
 * approval may arrive after it as a conflicting branch (each revision is validated against its
 * own parent, as in the working groups); the approved revision cannot be removed by a member,
 * and the app treats a document as approved when any leaf revision is.
 */
import { databaseOf, type SecObj } from '../groups/group-access.validation';
import { coordinatorRole, groupRole, isAdmin, isCoordinatorOf, parseRole } from '../roles';
import { isIsoDateTime } from '../validation/checks';
import {
  forbidden,
  ok,
  unauthorized,
  type AnyDoc,
  type UserCtx,
  type ValidationResult,
} from '../validation/validation.types';

/** The plan's ORP: from the database name, else from the coordinator role in `_security`. */
export function orpOfPlan(userCtx: UserCtx, secObj?: SecObj): string {
  const db = databaseOf(userCtx);
  if (db?.kind === 'plan') return db.orp;
  for (const role of secObj?.members?.roles ?? []) {
    const parsed = parseRole(role);
    if (parsed?.kind === 'coordinator') return parsed.orp;
  }
  return '';
}

/** Codes of the ORP's working groups the user is a member of. */
export function groupsOf(roles: readonly string[], orp: string): string[] {
  const groups: string[] = [];
  for (const role of roles) {
    const parsed = parseRole(role);
    if (parsed?.kind === 'group' && parsed.orp === orp) groups.push(parsed.group);
  }
  return groups;
}

function live(doc: AnyDoc | null): AnyDoc | null {
  return doc && !doc._deleted ? doc : null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function coordinatorsOnly(userCtx: UserCtx, orp: string, cs: string, en: string) {
  if (!userCtx.name) {
    return unauthorized('Pro úpravy plánu se přihlaste.', 'Sign in to change the plan.');
  }
  return forbidden(
    `${cs} Může to jen koordinátor (${coordinatorRole(orp)}).`,
    `${en} Only the ORP coordinator may do that.`,
  );
}

/** A coordinator's approval or decision must name the coordinator and carry a time. */
function checkSigned(doc: AnyDoc, byField: string, atField: string, userCtx: UserCtx) {
  if (!isAdmin(userCtx.roles) && doc[byField] !== userCtx.name) {
    return forbidden(
      `Pole ${byField} musí být jméno přihlášeného koordinátora.`,
      `${byField} must be the signed-in coordinator.`,
    );
  }
  if (!isIsoDateTime(doc[atField])) {
    return forbidden(`Pole ${atField} musí obsahovat čas.`, `${atField} must be an ISO date-time.`);
  }
  return ok;
}

const PROPOSAL_FIELDS = ['proposedBy', 'proposedAt', 'proposedByGroup'];

/** Coordinator writes of a measure: decisions are signed, the proposal's record is kept. */
function checkCoordinatorMeasure(newDoc: AnyDoc, oldDoc: AnyDoc | null, userCtx: UserCtx) {
  if (newDoc._deleted) return ok;
  const old = live(oldDoc);
  if (old && !isAdmin(userCtx.roles)) {
    for (const field of PROPOSAL_FIELDS) {
      if (!same(old[field], newDoc[field])) {
        return forbidden(
          'Záznam o tom, kdo opatření navrhl, nelze změnit.',
          'The record of who proposed a measure cannot change.',
        );
      }
    }
  }
  const deciding =
    newDoc.status !== 'proposed' &&
    (!old ||
      old.status !== newDoc.status ||
      old.decidedBy !== newDoc.decidedBy ||
      old.decidedAt !== newDoc.decidedAt);
  return deciding ? checkSigned(newDoc, 'decidedBy', 'decidedAt', userCtx) : ok;
}

/** A group member's write of a measure: only their own group's proposal, while proposed. */
function checkMemberMeasure(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  orp: string,
  groups: string[],
) {
  const old = live(oldDoc);
  if (old && (old.status !== 'proposed' || groups.indexOf(String(old.proposedByGroup)) === -1)) {
    return coordinatorsOnly(
      userCtx,
      orp,
      'Schválené, zamítnuté nebo cizí opatření nelze měnit.',
      'Approved, rejected or another group’s measures cannot be changed.',
    );
  }
  if (newDoc._deleted) return ok; // withdrawing one's own group's proposal
  if (newDoc.status !== 'proposed') {
    return coordinatorsOnly(
      userCtx,
      orp,
      'Pracovní skupina opatření jen navrhuje; schvaluje je řídicí skupina.',
      'A working group only proposes measures; the steering group approves them.',
    );
  }
  if (groups.indexOf(String(newDoc.proposedByGroup)) === -1) {
    return forbidden(
      'Opatření můžete navrhnout jen za svou pracovní skupinu (proposedByGroup).',
      'You may propose a measure only on behalf of your own working group (proposedByGroup).',
    );
  }
  const proposer = old ? old.proposedBy : userCtx.name;
  if (newDoc.proposedBy !== proposer || (old && old.proposedAt !== newDoc.proposedAt)) {
    return forbidden(
      'Navrhovatel (proposedBy) musí být přihlášený uživatel a nelze ho změnit.',
      'proposedBy must be the signed-in user and cannot change.',
    );
  }
  if (newDoc.decidedBy !== undefined || newDoc.decidedAt !== undefined) {
    return forbidden(
      'Rozhodnutí o návrhu zapisuje jen koordinátor.',
      'Only the coordinator records the decision on a proposal.',
    );
  }
  return ok;
}

function isApproved(doc: AnyDoc | null): boolean {
  return doc !== null && !doc._deleted && doc.approved === true;
}

/** Coordinator writes of monitoring / action-plan items: approvals are signed. */
function checkCoordinatorYearly(newDoc: AnyDoc, oldDoc: AnyDoc | null, userCtx: UserCtx) {
  if (!isApproved(newDoc)) return ok;
  const old = live(oldDoc);
  const approving =
    !isApproved(old) ||
    old?.approvedBy !== newDoc.approvedBy ||
    old?.approvedAt !== newDoc.approvedAt;
  return approving ? checkSigned(newDoc, 'approvedBy', 'approvedAt', userCtx) : ok;
}

/** A group member's write of monitoring / an action-plan item (see the comment at the top). */
function checkMemberYearly(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  orp: string,
  groups: string[],
) {
  const old = live(oldDoc);
  if (!old || newDoc._deleted) {
    return coordinatorsOnly(
      userCtx,
      orp,
      'Monitoring a akční plán na rok otevírá nebo maže koordinátor.',
      'The coordinator opens or deletes a year’s monitoring and action plan.',
    );
  }
  if (groups.indexOf(String(old.group)) === -1) {
    return forbidden(
      `Monitoring a akční plán aktivity zapisuje jen její pracovní skupina (${groupRole(orp, String(old.group))}).`,
      'Only the working group that owns the activity writes its monitoring and action plan.',
    );
  }
  if (newDoc.group !== old.group) {
    return coordinatorsOnly(
      userCtx,
      orp,
      'Pracovní skupinu aktivity nelze změnit.',
      'The owning working group cannot be changed.',
    );
  }
  if (isApproved(old) || isApproved(newDoc) || newDoc.approvedBy || newDoc.approvedAt) {
    return coordinatorsOnly(
      userCtx,
      orp,
      'Schválený monitoring je uzamčen; schvaluje a odemyká ho koordinátor.',
      'Approved monitoring is locked; the coordinator approves and reopens it.',
    );
  }
  return ok;
}

/** The access part of the plan database's validation (schema is plan-schema.validation.ts). */
export function checkPlanAccess(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  orp: string,
): ValidationResult {
  const type = (live(oldDoc) ?? newDoc).type;
  const yearly = type === 'monitoring' || type === 'action-plan-item';
  if (isCoordinatorOf(userCtx.roles, orp)) {
    if (type === 'measure') return checkCoordinatorMeasure(newDoc, oldDoc, userCtx);
    return yearly ? checkCoordinatorYearly(newDoc, oldDoc, userCtx) : ok;
  }
  const groups = groupsOf(userCtx.roles, orp);
  if (groups.length === 0) {
    return coordinatorsOnly(
      userCtx,
      orp,
      'Do plánu zapisují členové pracovních skupin ORP a koordinátor.',
      'Members of the ORP’s working groups and the coordinator write to the plan.',
    );
  }
  if (type === 'measure') return checkMemberMeasure(newDoc, oldDoc, userCtx, orp, groups);
  if (yearly) return checkMemberYearly(newDoc, oldDoc, userCtx, orp, groups);
  return coordinatorsOnly(
    userCtx,
    orp,
    'Plán, priority a aktivity mění jen koordinátor.',
    'Only the coordinator changes the plan, priorities and activities.',
  );
}
