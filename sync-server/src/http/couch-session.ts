/**
 * Asks CouchDB's `GET /_session` who a client is, with the client's own credentials only
 * (Authorization and/or Cookie). Undefined when CouchDB gave no answer.
 */
export async function askSession(
  couchUrl: string,
  credentials: { authorization?: string | undefined; cookie?: string | undefined },
): Promise<{ status: number; name?: string; roles: string[] } | undefined> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (credentials.authorization) headers.Authorization = credentials.authorization;
  if (credentials.cookie) headers.Cookie = credentials.cookie;
  try {
    const response = await fetch(`${couchUrl}/_session`, {
      headers,
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) return { status: response.status, roles: [] };
    const body = (await response.json()) as { userCtx?: { name?: unknown; roles?: unknown } };
    const name = body.userCtx?.name;
    const roles = body.userCtx?.roles;
    return {
      status: response.status,
      ...(typeof name === 'string' ? { name } : {}),
      roles: Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [],
    };
  } catch {
    return undefined;
  }
}

/**
 * Signs `name` in with CouchDB's `POST /_session`; the raw Set-Cookie header, or undefined when
 * CouchDB refused (e.g. a cluster copy not yet holding a just-changed password) or gave no answer.
 */
export async function openSession(
  couchUrl: string,
  name: string,
  password: string,
): Promise<string | undefined> {
  try {
    const response = await fetch(`${couchUrl}/_session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name, password }),
      signal: AbortSignal.timeout(30_000),
    });
    await response.body?.cancel();
    return response.ok ? (response.headers.get('set-cookie') ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}
