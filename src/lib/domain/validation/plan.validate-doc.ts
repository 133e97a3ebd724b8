/**
 * Entry point bundled into `_design/validation` of every `orp-<orp>-plan` database.
 * A strict placeholder until the plan's document model exists: only the ORP's coordinators
 * and admins write, and every document must at least say what it is (`type`).
 */
import { databaseOf, type SecObj } from '../groups/group-access.validation';
import { isCoordinatorOf, parseRole } from '../roles';
import { isNonEmptyString } from './checks';
import {
  forbidden,
  ok,
  throwIfInvalid,
  unauthorized,
  withDatabase,
  type AnyDoc,
  type UserCtx,
  type ValidationResult,
} from './validation.types';

/** The plan's ORP: from the database name, else from the ORP roles in `_security`. */
export function orpOfPlan(userCtx: UserCtx, secObj?: SecObj): string {
  const db = databaseOf(userCtx);
  if (db?.kind === 'plan') return db.orp;
  for (const role of secObj?.members?.roles ?? []) {
    const parsed = parseRole(role);
    if (parsed?.kind === 'coordinator') return parsed.orp;
  }
  return '';
}

export function validatePlanUpdate(
  newDoc: AnyDoc,
  userCtx: UserCtx,
  secObj?: SecObj,
): ValidationResult {
  const orp = orpOfPlan(userCtx, secObj);
  if (!isCoordinatorOf(userCtx.roles, orp)) {
    return userCtx.name
      ? forbidden(
          'Plán mohou měnit jen koordinátoři ORP.',
          'Only ORP coordinators may change the plan.',
        )
      : unauthorized('Pro úpravy plánu se přihlaste.', 'Sign in to change the plan.');
  }
  if (newDoc._deleted || newDoc._id.indexOf('_design/') === 0) return ok;
  if (!isNonEmptyString(newDoc.type)) {
    return forbidden('Dokument plánu musí mít typ.', 'A plan document needs a type.');
  }
  return ok;
}

export function validateDocUpdate(
  newDoc: AnyDoc,
  _oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  secObj?: SecObj,
  /** The database's name, baked into the design doc by sync-server (design-docs.ts). */
  db?: string,
): void {
  throwIfInvalid(validatePlanUpdate(newDoc, withDatabase(userCtx, db), secObj));
}
