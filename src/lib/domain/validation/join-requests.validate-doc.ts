/**
 * Entry point bundled into `_design/validation` of each `orp-<orp>-join-requests` database
 * (sync-server/src/couch/design-docs.ts bakes the database name in as the fifth argument).
 */
import { validateJoinRequestsUpdate } from '../participation/join-request.validation';
import { throwIfInvalid, withDatabase, type AnyDoc, type UserCtx } from './validation.types';

export function validateDocUpdate(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  _secObj: unknown,
  db?: string,
): void {
  const ctx = withDatabase(userCtx, db);
  throwIfInvalid(validateJoinRequestsUpdate(newDoc, oldDoc, ctx, ctx.db));
}
