/**
 * Entry point bundled into `_design/validation` of every `orp-<orp>-group-<group>` database.
 * sync-server bundles this file and wraps it as the design doc's `validate_doc_update`.
 */
import type { SecObj } from '../groups/group-access.validation';
import { validateGroupUpdate } from '../groups/group.validation';
import { throwIfInvalid, type AnyDoc, type UserCtx } from './validation.types';

export function validateDocUpdate(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  secObj?: SecObj,
): void {
  throwIfInvalid(validateGroupUpdate(newDoc, oldDoc, userCtx, secObj));
}
