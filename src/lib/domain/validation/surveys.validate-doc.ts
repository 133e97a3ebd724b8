/**
 * Entry point bundled into `_design/validation` of every `orp-<orp>-surveys` and
 * `orp-<orp>-survey-answers` database (sync-server/src/couch/design-docs.ts bakes the name in).
 */
import { validateSurveysDbUpdate } from '../surveys/survey.validation';
import { throwIfInvalid, type AnyDoc, type UserCtx } from './validation.types';

export function validateDocUpdate(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  _secObj?: unknown,
  /** The database's name, baked into the design doc by sync-server (design-docs.ts). */
  db?: string,
): void {
  throwIfInvalid(validateSurveysDbUpdate(newDoc, oldDoc, userCtx, db));
}
