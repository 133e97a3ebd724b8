/**
 * Entry point bundled into `_design/validation` of every `orp-<orp>-plan` database.
 * A strict placeholder until the plan's document model exists: only the ORP's coordinators
 * and admins write, and every document must at least say what it is (`type`).
 */
import { isCoordinatorOf, parseDbName } from '../roles';
import { isNonEmptyString } from './checks';
import {
  forbidden,
  ok,
  throwIfInvalid,
  unauthorized,
  type AnyDoc,
  type UserCtx,
  type ValidationResult,
} from './validation.types';

export function validatePlanUpdate(newDoc: AnyDoc, userCtx: UserCtx): ValidationResult {
  const db = userCtx.db ? parseDbName(userCtx.db) : undefined;
  const orp = db?.kind === 'plan' ? db.orp : '';
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

export function validateDocUpdate(newDoc: AnyDoc, _oldDoc: AnyDoc | null, userCtx: UserCtx): void {
  throwIfInvalid(validatePlanUpdate(newDoc, userCtx));
}
