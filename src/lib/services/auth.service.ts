/**
 * CouchDB sessions through the same-origin proxy. sync-server scopes the AuthSession cookie to
 * `/db` (SameSite=Strict) and strips WWW-Authenticate, so a wrong password never pops up the
 * browser's own dialog; it also slows repeated failures down (429 with Retry-After).
 */
export interface UserCtx {
  name: string;
  roles: string[];
}

export type SignInResult =
  | { ok: true; user: UserCtx }
  | { ok: false; error: 'wrong' | 'offline' | 'server' | 'missing' }
  | { ok: false; error: 'throttled'; retryAfter: number };

const SESSION_URL = '/db/_session';

export async function signIn(name: string, password: string): Promise<SignInResult> {
  if (!name.trim() || !password) return { ok: false, error: 'missing' };
  let response: Response;
  try {
    response = await fetch(SESSION_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name: name.trim(), password }),
    });
  } catch {
    return { ok: false, error: 'offline' };
  }
  if (response.status === 401) return { ok: false, error: 'wrong' };
  if (response.status === 429) {
    return {
      ok: false,
      error: 'throttled',
      retryAfter: Number(response.headers.get('Retry-After') ?? 1),
    };
  }
  if (!response.ok) return { ok: false, error: 'server' };
  const body = (await response.json()) as { name: string; roles?: string[] };
  return { ok: true, user: { name: body.name, roles: body.roles ?? [] } };
}

/** The server's view of the session: a user, `null` when signed out/expired, or 'offline'. */
export async function currentSession(): Promise<UserCtx | null | 'offline'> {
  try {
    const response = await fetch(SESSION_URL, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return 'offline';
    const body = (await response.json()) as { userCtx?: { name: string | null; roles?: string[] } };
    const ctx = body.userCtx;
    return ctx?.name ? { name: ctx.name, roles: ctx.roles ?? [] } : null;
  } catch {
    return 'offline';
  }
}

/** Ends the server session; offline, the cookie simply stays until it expires. */
export async function endSession(): Promise<void> {
  try {
    await fetch(SESSION_URL, { method: 'DELETE', credentials: 'same-origin' });
  } catch {
    // Offline: nothing to tell the server. The local sign-out still happens.
  }
}
