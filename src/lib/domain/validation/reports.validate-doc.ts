/**
 * Entry point bundled into `_design/validation` of the `reports` database
 * (sync-server/src/couch/design-docs.ts).
 */
import { validateReportsUpdate } from '../reports/report.validation';
import { throwIfInvalid, type AnyDoc, type UserCtx } from './validation.types';

export function validateDocUpdate(newDoc: AnyDoc, oldDoc: AnyDoc | null, userCtx: UserCtx): void {
  throwIfInvalid(validateReportsUpdate(newDoc, oldDoc, userCtx));
}
