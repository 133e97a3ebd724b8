/**
 * Entry point bundled into `_design/validation` of every `orp-<orp>-plan` database.
 * sync-server bundles this file and wraps it as the design doc's `validate_doc_update`.
 */
import type { SecObj } from '../groups/group-access.validation';
import { validatePlanUpdate } from '../plan/plan.validation';
import { throwIfInvalid, withDatabase, type AnyDoc, type UserCtx } from './validation.types';

/** The app checks a write with the same function: `validatePlanUpdate(newDoc, oldDoc, userCtx)`. */
export { validatePlanUpdate };

export function validateDocUpdate(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  secObj?: SecObj,
  /** The database's name, baked into the design doc by sync-server (design-docs.ts). */
  db?: string,
): void {
  throwIfInvalid(validatePlanUpdate(newDoc, oldDoc, withDatabase(userCtx, db), secObj));
}
