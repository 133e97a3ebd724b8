/**
 * Who a browser's CouchDB session belongs to, asked of CouchDB itself: the route passes on the
 * request's `AuthSession` cookie (nothing else) to `GET /_session` of the proxy's target. Plain
 * fetch, not nano: nano's client always sends the admin's credentials.
 */
export interface SessionUser {
  name: string;
  roles: string[];
}

const SESSION_TIMEOUT_MS = 5_000;

/** The AuthSession cookie alone, so no other cookie of the origin ever reaches CouchDB. */
export function authSessionCookie(cookieHeader: string | undefined): string | undefined {
  const found = (cookieHeader ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('AuthSession='));
  return found && found.length > 'AuthSession='.length ? found : undefined;
}

/** The signed-in user, or undefined for no or an expired session. */
export async function sessionUser(
  couchUrl: string,
  cookie: string | undefined,
): Promise<SessionUser | undefined> {
  if (!cookie) return undefined;
  const response = await fetch(`${couchUrl.replace(/\/+$/, '')}/_session`, {
    headers: { Cookie: cookie, Accept: 'application/json' },
    signal: AbortSignal.timeout(SESSION_TIMEOUT_MS),
  });
  if (response.status === 401 || response.status === 403) return undefined;
  if (!response.ok) throw new Error(`CouchDB _session answered ${response.status}`);
  const body = (await response.json()) as { userCtx?: { name?: unknown; roles?: unknown } };
  const name = body.userCtx?.name;
  const roles = body.userCtx?.roles;
  if (typeof name !== 'string' || !name) return undefined;
  return { name, roles: Array.isArray(roles) ? roles.filter((r) => typeof r === 'string') : [] };
}
