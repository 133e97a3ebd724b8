/**
 * Entry point bundled into `_design/validation` of the `calendar-feeds` database
 * (sync-server/src/couch/design-docs.ts). Only sync-server writes there, with the admin
 * connection: the database holds the hashes of members' calendar-feed tokens. `_security`
 * already keeps everyone else out; this denies writes by anyone but an admin as well, so a
 * mistake in `_security` alone cannot open it.
 */
import { isAdmin } from '../roles';
import { forbidden, ok, throwIfInvalid, type AnyDoc, type UserCtx } from './validation.types';

export function validateDocUpdate(_newDoc: AnyDoc, _oldDoc: AnyDoc | null, userCtx: UserCtx): void {
  throwIfInvalid(
    isAdmin(userCtx.roles)
      ? ok
      : forbidden(
          'Kalendářní odběry spravuje jen server.',
          'Only the server manages calendar subscriptions.',
        ),
  );
}
