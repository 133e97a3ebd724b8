/**
 * Entry point bundled into `_design/validation` of the `catalog` database.
 * sync-server bundles this file and wraps it as the design doc's `validate_doc_update`.
 */
import { validateCatalogUpdate } from '../catalog/catalog.validation';
import { throwIfInvalid, type AnyDoc, type UserCtx } from './validation.types';

export function validateDocUpdate(newDoc: AnyDoc, oldDoc: AnyDoc | null, userCtx: UserCtx): void {
  throwIfInvalid(validateCatalogUpdate(newDoc, oldDoc, userCtx));
}
