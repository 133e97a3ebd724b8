/**
 * Entry point bundled into `_design/validation` of the `public-documents` database. Only
 * sync-server writes there (admin connection), after checking the coordinator's session;
 * `_security` already keeps everyone else out, this holds even if `_security` were wrong.
 */
import { isAdmin } from '../roles';
import { forbidden, ok, throwIfInvalid, type AnyDoc, type UserCtx } from './validation.types';

export function validateDocUpdate(_newDoc: AnyDoc, _oldDoc: AnyDoc | null, userCtx: UserCtx): void {
  throwIfInvalid(
    isAdmin(userCtx.roles)
      ? ok
      : forbidden(
          'Zveřejněné dokumenty ukládá jen server.',
          'Only the server stores published documents.',
        ),
  );
}
