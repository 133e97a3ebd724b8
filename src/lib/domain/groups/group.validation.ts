import { isAdmin } from '../roles';
import {
  forbidden,
  ok,
  type AnyDoc,
  type UserCtx,
  type ValidationResult,
} from '../validation/validation.types';
import {
  checkApprovalLock,
  checkAuthorship,
  checkMembership,
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
  // Like CouchDB itself: design documents are the admins' business, not the group's schema.
  if (newDoc._id.indexOf('_design/') === 0) {
    return isAdmin(userCtx.roles)
      ? ok
      : forbidden('Návrhové dokumenty mění jen správce.', 'Only admins change design documents.');
  }
  const group = groupOfDatabase(userCtx, secObj);
  if (!group) {
    return forbidden(
      'Databáze nepatří žádné pracovní skupině.',
      'This database does not belong to a working group.',
    );
  }
  const checks = [
    () => checkMembership(userCtx, group),
    () => checkTypeUnchanged(newDoc, oldDoc),
    () => checkApprovalLock(newDoc, oldDoc, userCtx, group),
    () => checkAuthorship(newDoc, oldDoc, userCtx),
    () => validateGroupDocShape(newDoc),
  ];
  for (const check of checks) {
    const result = check();
    if (!result.ok) return result;
  }
  return ok;
}
