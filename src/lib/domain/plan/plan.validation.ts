import {
  checkAuthorship,
  checkTypeUnchanged,
  type SecObj,
} from '../groups/group-access.validation';
import { isAdmin } from '../roles';
import {
  forbidden,
  ok,
  type AnyDoc,
  type UserCtx,
  type ValidationResult,
} from '../validation/validation.types';
import { checkPlanAccess, orpOfPlan } from './plan-access.validation';
import { validatePlanDocShape } from './plan-schema.validation';

/**
 * The whole `validate_doc_update` of an ORP's plan database: who (plan-access.validation.ts),
 * as whom (createdBy/updatedBy), then the shape (plan-schema.validation.ts). The app calls it
 * before a save with the database name in `userCtx.db`; the import calls the shape part.
 */
export function validatePlanUpdate(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  secObj?: SecObj,
): ValidationResult {
  // Like CouchDB itself: design documents are the admins' business.
  if (newDoc._id.indexOf('_design/') === 0) {
    return isAdmin(userCtx.roles)
      ? ok
      : forbidden('Návrhové dokumenty mění jen správce.', 'Only admins change design documents.');
  }
  const orp = orpOfPlan(userCtx, secObj);
  if (!orp) {
    return forbidden(
      'Databáze nepatří plánu žádného ORP.',
      'This database does not belong to an ORP’s plan.',
    );
  }
  const checks = [
    () => checkPlanAccess(newDoc, oldDoc, userCtx, orp),
    () => checkTypeUnchanged(newDoc, oldDoc),
    () => checkAuthorship(newDoc, oldDoc, userCtx),
    () => validatePlanDocShape(newDoc, orp),
  ];
  for (const check of checks) {
    const result = check();
    if (!result.ok) return result;
  }
  return ok;
}
