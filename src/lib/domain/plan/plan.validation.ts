import {
  checkAuthorship,
  checkTypeUnchanged,
  type SecObj,
} from '../groups/group-access.validation';
import {
  designDocVerdict,
  firstFailure,
  forbidden,
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
  const designDoc = designDocVerdict(newDoc, userCtx);
  if (designDoc) return designDoc;
  const orp = orpOfPlan(userCtx, secObj);
  if (!orp) {
    return forbidden(
      'Databáze nepatří plánu žádného ORP.',
      'This database does not belong to an ORP’s plan.',
    );
  }
  return firstFailure([
    () => checkPlanAccess(newDoc, oldDoc, userCtx, orp),
    () => checkTypeUnchanged(newDoc, oldDoc),
    () => checkAuthorship(newDoc, oldDoc, userCtx),
    () => validatePlanDocShape(newDoc, orp),
  ]);
}
