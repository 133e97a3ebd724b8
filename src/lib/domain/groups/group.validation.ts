import {
  designDocVerdict,
  firstFailure,
  forbidden,
  type AnyDoc,
  type UserCtx,
  type ValidationResult,
} from '../validation/validation.types';
import {
  checkApprovalLock,
  checkAuthorship,
  checkMembership,
  checkRosterAccess,
  checkTypeUnchanged,
  groupOfDatabase,
  type SecObj,
} from './group-access.validation';
import { validateGroupDocShape } from './group-schema.validation';

/**
 * The whole `validate_doc_update` of a working group's database: who (membership), as whom
 * (authorship), the approval lock, then the schema. The app calls it before a save with the
 * database name in `userCtx.db`.
 */
export function validateGroupUpdate(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  secObj?: SecObj,
): ValidationResult {
  const designDoc = designDocVerdict(newDoc, userCtx);
  if (designDoc) return designDoc;
  const group = groupOfDatabase(userCtx, secObj);
  if (!group) {
    return forbidden(
      'Databáze nepatří žádné pracovní skupině.',
      'This database does not belong to a working group.',
    );
  }
  return firstFailure([
    () => checkMembership(userCtx, group),
    () => checkTypeUnchanged(newDoc, oldDoc),
    () => checkRosterAccess(newDoc, oldDoc, userCtx, group),
    () => checkApprovalLock(newDoc, oldDoc, userCtx, group),
    () => checkAuthorship(newDoc, oldDoc, userCtx),
    () => validateGroupDocShape(newDoc),
  ]);
}
