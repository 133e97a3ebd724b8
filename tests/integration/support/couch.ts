/** Small helpers for talking to CouchDB and the /db proxy in integration tests. */
import type { AdminCredentials, TestServer } from './server';

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** A request straight to CouchDB as server admin (never through the proxy). */
export function adminFetch(
  server: Pick<TestServer, 'couchUrl' | 'admin'>,
  pathAndQuery: string,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Authorization', basicAuth(server.admin.user, server.admin.password));
  if (init.body !== undefined && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json');
  }
  return fetch(`${server.couchUrl}${pathAndQuery}`, { ...init, headers });
}

/** GET as admin, failing the test on any non-2xx answer. */
export async function adminGetJson<T = Record<string, unknown>>(
  server: Pick<TestServer, 'couchUrl' | 'admin'>,
  pathAndQuery: string,
): Promise<T> {
  const response = await adminFetch(server, pathAndQuery);
  if (!response.ok) {
    throw new Error(`GET ${pathAndQuery} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as T;
}

const copies = new Map<string, Promise<number>>();

/**
 * How many copies of `db` the server keeps: its `cluster.n` on Apache CouchDB (3 on the test
 * cluster, 1 on one node), 1 on the embedded server, which has no cluster section.
 */
export function replicaCount(
  server: Pick<TestServer, 'couchUrl' | 'admin'>,
  db: string,
): Promise<number> {
  const key = `${server.couchUrl}/${db}`;
  let count = copies.get(key);
  if (!count) {
    count = adminGetJson<{ cluster?: { n?: number } }>(server, `/${encodeURIComponent(db)}`).then(
      (info) => info.cluster?.n ?? 1,
    );
    // A database that does not exist yet is asked again next time.
    count.catch(() => copies.delete(key));
    copies.set(key, count);
  }
  return count;
}

/**
 * The query (`?w=N` or '') for a write that is answered only once every copy holds it. On a
 * cluster a write is acknowledged by a quorum (2 of 3 copies); a next write of the same document
 * that reaches the third copy first is refused there as a conflict, and CouchDB may answer 409
 * where the test expects 201 or 403. Test set-up writes use this; what a test asserts need not.
 */
export async function allCopiesQuery(
  server: Pick<TestServer, 'couchUrl' | 'admin'>,
  db: string,
): Promise<string> {
  const n = await replicaCount(server, db);
  return n > 1 ? `?w=${n}` : '';
}

/** A unique user name, so runs against a shared Apache CouchDB do not collide. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Creates (or replaces) a `_users` account with the given roles; returns its credentials. */
export async function createUser(
  server: Pick<TestServer, 'couchUrl' | 'admin'>,
  name: string,
  password: string,
  roles: string[],
): Promise<AdminCredentials> {
  const id = `org.couchdb.user:${name}`;
  const existing = await adminFetch(server, `/_users/${encodeURIComponent(id)}`);
  const rev = existing.ok ? ((await existing.json()) as { _rev: string })._rev : undefined;
  // Every copy: the user signs in right away, and CouchDB reads the account from any copy.
  const query = await allCopiesQuery(server, '_users');
  const response = await adminFetch(server, `/_users/${encodeURIComponent(id)}${query}`, {
    method: 'PUT',
    body: JSON.stringify({
      _id: id,
      ...(rev ? { _rev: rev } : {}),
      name,
      password,
      roles,
      type: 'user',
    }),
  });
  if (!response.ok) {
    throw new Error(`Creating user ${name} answered ${response.status}: ${await response.text()}`);
  }
  return { user: name, password };
}

/** Signs in through the proxy like the browser does; returns the Cookie header to send. */
export async function sessionCookie(
  baseUrl: string,
  name: string,
  password: string,
): Promise<{ cookie: string; setCookie: string }> {
  const response = await fetch(`${baseUrl}/db/_session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  if (!response.ok) throw new Error(`Sign-in answered ${response.status}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0] ?? '';
  return { cookie, setCookie };
}
