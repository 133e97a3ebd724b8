import type { CouchClient } from '../couch/couch-client';
import { couchStatus } from '../couch/couch-client';
import { sessionUser } from '../couch/calendar-session.storage';
import { readUser, writeUser } from '../couch/users.storage';
import { askSession } from '../http/couch-session';
import type { PasswordThrottle } from '../http/password-throttle';
import { OWN_PASSWORD_LIMITS, passwordLength } from '../../../src/lib/domain/accounts/own-password';
import type { Reason } from '../../../src/lib/domain/validation/validation.types';

/**
 * A signed-in member changes their own password, and nothing else (issue 13, defect 1: `_users`
 * is admin-only, so without this only `npm run admin -- user passwd` could). Who it is comes
 * from the session cookie, asked of CouchDB; the current password is checked with CouchDB
 * through the same PasswordThrottle as every other way to present a password; the admin
 * connection then sets `password` alone (CouchDB hashes it), keeping name, type and roles.
 */

export type OwnPasswordResult =
  | { ok: true; name: string }
  | { ok: false; status: 400 | 401 | 403 | 409 | 429 | 503; reason: Reason; retryAfterS?: number };

export interface OwnPasswordRequest {
  cookie: string | undefined;
  address: string;
  body: unknown;
}

const NOT_SIGNED_IN: Reason = {
  cs: 'Nejste přihlášeni; přihlaste se prosím znovu.',
  en: 'You are not signed in; please sign in again.',
};

/** The body's two passwords, or why not. Any other field (`name`, `roles`…) is refused. */
export function parseOwnPasswordBody(
  body: unknown,
): { ok: true; current: string; next: string } | { ok: false; reason: Reason } {
  const fields = body && typeof body === 'object' && !Array.isArray(body) ? body : undefined;
  const { current, next, ...rest } = (fields ?? {}) as Record<string, unknown>;
  if (!fields || Object.keys(rest).length > 0) {
    return {
      ok: false,
      reason: {
        cs: 'Pošlete jen současné a nové heslo (current, next).',
        en: 'Send only the current and the new password (current, next).',
      },
    };
  }
  if (typeof current !== 'string' || current === '') {
    return {
      ok: false,
      reason: { cs: 'Vyplňte současné heslo.', en: 'Enter your current password.' },
    };
  }
  const { min, max } = OWN_PASSWORD_LIMITS;
  if (typeof next !== 'string' || passwordLength(next) < min) {
    return {
      ok: false,
      reason: {
        cs: `Nové heslo musí mít aspoň ${min} znaků.`,
        en: `The new password must be at least ${min} characters long.`,
      },
    };
  }
  if (passwordLength(next) > max) {
    return {
      ok: false,
      reason: {
        cs: `Nové heslo může mít nejvýše ${max} znaků.`,
        en: `The new password can be at most ${max} characters long.`,
      },
    };
  }
  if (next === current) {
    return {
      ok: false,
      reason: {
        cs: 'Nové heslo se musí lišit od současného.',
        en: 'The new password must differ from the current one.',
      },
    };
  }
  return { ok: true, current, next };
}

function basic(name: string, password: string): string {
  return `Basic ${Buffer.from(`${name}:${password}`, 'utf8').toString('base64')}`;
}

/** Checks `current` with CouchDB, counted by the throttle like a sign-in. */
async function checkCurrent(
  couchUrl: string,
  throttle: PasswordThrottle,
  name: string,
  current: string,
  address: string,
): Promise<OwnPasswordResult | undefined> {
  const attempt = await throttle.begin(name, address);
  if (attempt.blocked) {
    return {
      ok: false,
      status: 429,
      retryAfterS: attempt.retryAfterS,
      reason: {
        cs: `Příliš mnoho neúspěšných pokusů; zkuste to znovu za ${attempt.retryAfterS} s.`,
        en: `Too many failed attempts; try again in ${attempt.retryAfterS} s.`,
      },
    };
  }
  const session = await askSession(couchUrl, { authorization: basic(name, current) });
  if (session?.status === 200 && session.name === name) {
    await attempt.succeeded();
    return undefined;
  }
  if (session?.status === 401 || session?.status === 200) {
    await attempt.failed();
    return {
      ok: false,
      status: 403,
      reason: { cs: 'Současné heslo není správné.', en: 'The current password is not correct.' },
    };
  }
  await attempt.undecided();
  return {
    ok: false,
    status: 503,
    reason: {
      cs: 'Databáze teď neodpovídá; zkuste to později.',
      en: 'The database is not answering; try again later.',
    },
  };
}

export async function changeOwnPassword(
  client: CouchClient,
  couchUrl: string,
  throttle: PasswordThrottle,
  request: OwnPasswordRequest,
): Promise<OwnPasswordResult> {
  const user = await sessionUser(couchUrl, request.cookie);
  if (!user) return { ok: false, status: 401, reason: NOT_SIGNED_IN };
  // Server admins live in CouchDB's config, not in `_users`: they change passwords there.
  const account = user.roles.includes('_admin') ? undefined : await readUser(client, user.name);
  if (!account) {
    return {
      ok: false,
      status: 403,
      reason: {
        cs: 'Heslo správce serveru se tu nemění.',
        en: "A server administrator's password is not changed here.",
      },
    };
  }
  if (account.disabled) return { ok: false, status: 401, reason: NOT_SIGNED_IN };
  const body = parseOwnPasswordBody(request.body);
  if (!body.ok) return { ok: false, status: 400, reason: body.reason };
  const refused = await checkCurrent(couchUrl, throttle, user.name, body.current, request.address);
  if (refused) return refused;
  try {
    // Only `password` changes; CouchDB replaces it with a new salt and derived key.
    await writeUser(client, { ...account, password: body.next });
  } catch (error) {
    if (couchStatus(error) !== 409) throw error;
    return {
      ok: false,
      status: 409,
      reason: {
        cs: 'Účet se právě měnil jinde; zkuste to prosím znovu.',
        en: 'The account was being changed elsewhere; please try again.',
      },
    };
  }
  return { ok: true, name: user.name };
}
