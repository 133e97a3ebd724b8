/**
 * Validation of the planning documents kept in `catalog` (planning.types.ts). Registered in
 * catalog.validation.ts. Admins create and remove ORPs and groups (the admin CLI, because that
 * also creates their databases); an ORP's coordinator may edit the public texts of its own ORP
 * and groups but not their codes. Catalogue editors edit services, not planning.
 */
import { isAdmin, isCoordinatorOf, isGroupCode, isOrpCode } from '../roles';
import { isIsoDateTime, isNonEmptyString } from '../validation/checks';
import {
  forbidden,
  ok,
  unauthorized,
  type AnyDoc,
  type UserCtx,
  type ValidationResult,
} from '../validation/validation.types';
import { planningOrpId, workingGroupId } from './planning.types';

export const PLANNING_DOC_TYPES = ['planning-orp', 'working-group'];

export function isPlanningCatalogDoc(doc: AnyDoc | null): boolean {
  return doc !== null && PLANNING_DOC_TYPES.indexOf(String(doc.type)) !== -1;
}

function optionalText(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

export function validatePlanningDoc(doc: AnyDoc): ValidationResult {
  if (doc._deleted) return ok;
  if (!isNonEmptyString(doc.orp) || !isOrpCode(doc.orp)) {
    return forbidden(
      'Kód ORP smí obsahovat jen malá písmena bez diakritiky a číslice.',
      'An ORP code may contain only lowercase letters and digits.',
    );
  }
  if (!isNonEmptyString(doc.name)) {
    return forbidden('Chybí název.', 'A name is required.');
  }
  if (!optionalText(doc.joinInfo) || !optionalText(doc.description)) {
    return forbidden(
      'Popis a informace o zapojení musí být text.',
      'Description and how to join must be text.',
    );
  }
  if (!isIsoDateTime(doc.updatedAt)) {
    return forbidden('Chybí čas poslední změny.', 'updatedAt must be an ISO date-time.');
  }
  if (doc.type === 'planning-orp') {
    if (doc._id !== planningOrpId(doc.orp)) {
      return forbidden(
        'ORP musí mít identifikátor „planning-orp:<kód>“.',
        'An ORP must have the id "planning-orp:<code>".',
      );
    }
    return ok;
  }
  if (!isNonEmptyString(doc.group) || !isGroupCode(doc.group)) {
    return forbidden(
      'Kód skupiny smí obsahovat jen malá písmena bez diakritiky, číslice a pomlčky.',
      'A group code may contain only lowercase letters, digits and hyphens.',
    );
  }
  if (doc._id !== workingGroupId(doc.orp, doc.group)) {
    return forbidden(
      'Pracovní skupina musí mít identifikátor „working-group:<orp>:<skupina>“.',
      'A working group must have the id "working-group:<orp>:<group>".',
    );
  }
  return ok;
}

/** Who may write a planning document in `catalog`, then its shape. */
export function validatePlanningCatalogUpdate(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
): ValidationResult {
  if (!userCtx.name && !isAdmin(userCtx.roles)) {
    return unauthorized('Pro úpravy se přihlaste.', 'Sign in to make changes.');
  }
  if (!isAdmin(userCtx.roles)) {
    const existing = oldDoc && !oldDoc._deleted ? oldDoc : null;
    const orp = typeof existing?.orp === 'string' ? existing.orp : '';
    const sameCodes =
      existing !== null &&
      !newDoc._deleted &&
      newDoc.type === existing.type &&
      newDoc.orp === existing.orp &&
      newDoc.group === existing.group;
    if (!sameCodes || !isCoordinatorOf(userCtx.roles, orp)) {
      return forbidden(
        'ORP a pracovní skupiny zakládá a ruší jen správce; koordinátor smí měnit jejich popis.',
        'Only an admin creates or removes ORPs and groups; a coordinator may edit their texts.',
      );
    }
  }
  return validatePlanningDoc(newDoc);
}
