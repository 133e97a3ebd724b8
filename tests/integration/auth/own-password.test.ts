/**
 * A signed-in member changes their own password, and nothing else (issue 13, defect 1: "a user
 * may change their own password and nothing else that grants rights"). `_users` is admin-only
 * on every server, so sync-server does it for them at `POST /db/_rozcestnik/password`: the
 * session cookie says who, the current password is checked through the same throttle as a
 * sign-in, and only `password` changes. The server runs with TRUST_PROXY on so each test gets
 * its own client address (X-Forwarded-For) and the throttle of one test never slows another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminGetJson, basicAuth, createUser, sessionCookie, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';

const PATH = '/db/_rozcestnik/password';

let addressCounter = 0;
/** A fresh documentation-range address (RFC 5737) for one test. */
function freshAddress(): string {
  addressCounter += 1;
  return `203.0.113.${addressCounter}`;
}

interface Account {
  name: string;
  password: string;
  cookie: string;
  from: string;
}

interface UserDoc {
  name: string;
  type: string;
  roles: string[];
}

const userPath = (name: string) => `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;

function change(
  server: TestServer,
  who: Pick<Account, 'cookie' | 'from'> | undefined,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${server.baseUrl}${PATH}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Forwarded-For': who?.from ?? freshAddress(),
      ...(who ? { Cookie: who.cookie } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function signIn(server: TestServer, name: string, password: string, from: string) {
  return fetch(`${server.baseUrl}/db/_session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
    body: JSON.stringify({ name, password }),
  });
}

/** Whether CouchDB itself (not through the throttle) accepts the password. */
async function accepts(server: TestServer, name: string, password: string): Promise<boolean> {
  const response = await fetch(`${server.couchUrl}/_session`, {
    headers: { Authorization: basicAuth(name, password), Accept: 'application/json' },
  });
  if (response.status === 401) return false;
  const body = (await response.json()) as { userCtx: { name: string | null } };
  return body.userCtx.name === name;
}

/** CouchDB may serve a just-replaced password from its cache for a moment. */
async function eventually(check: () => Promise<boolean>, ms = 10_000): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function reasonOf(response: Response): Promise<{ cs: string; en: string }> {
  return ((await response.json()) as { reason: { cs: string; en: string } }).reason;
}

describe('own password change', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { TRUST_PROXY: '1' } });
  });

  afterAll(async () => {
    await server?.stop();
  });

  async function account(prefix: string, roles: string[] = []): Promise<Account> {
    const name = uniqueName(prefix);
    const password = `${prefix}-password-1`;
    await createUser(server, name, password, roles);
    const { cookie } = await sessionCookie(server.baseUrl, name, password);
    return { name, password, cookie, from: freshAddress() };
  }

  const ACTORS: Record<string, string[]> = {
    member: ['orp:pwtest:group:a', 'orp:pwtest:member'],
    coordinator: ['orp:pwtest:coordinator'],
    nobody: [],
    'catalogue editor': ['catalog:editor'],
  };

  it.each(Object.entries(ACTORS))(
    'access matrix, %s — own password change: allowed; roles, type and name unchanged',
    async (actor, roles) => {
      const who = await account(actor.replace(/\s/g, '-'), roles);
      const next = `${who.password}-new-and-longer`;
      const response = await change(server, who, { current: who.password, next });
      expect(response.status, await response.clone().text()).toBe(200);
      expect(await response.json()).toMatchObject({ ok: true });

      // A fresh session comes back, scoped like every session cookie.
      const setCookie = response.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/^AuthSession=[^;]+/);
      expect(setCookie).toMatch(/Path=\/db(;|$)/);
      expect(setCookie).toMatch(/SameSite=Strict/);
      const session = await fetch(`${server.baseUrl}/db/_session`, {
        headers: { Cookie: setCookie.split(';')[0] ?? '' },
      });
      const ctx = ((await session.json()) as { userCtx: { name: string; roles: string[] } })
        .userCtx;
      expect(ctx.name).toBe(who.name);
      expect([...ctx.roles].sort()).toEqual([...roles].sort());

      expect(await eventually(async () => !(await accepts(server, who.name, who.password)))).toBe(
        true,
      );
      expect((await signIn(server, who.name, next, freshAddress())).status).toBe(200);
      const doc = await adminGetJson<UserDoc>(server, userPath(who.name));
      expect(doc).toMatchObject({ name: who.name, type: 'user' });
      expect([...doc.roles].sort()).toEqual([...roles].sort());
    },
  );

  it('a wrong current password is refused and counts toward the shared throttle', async () => {
    const who = await account('wrong');
    for (let i = 0; i < 3; i++) {
      const wrong = await change(server, who, {
        current: `guess-${i}`,
        next: 'brand-new-password',
      });
      expect(wrong.status).toBe(403);
      expect((await reasonOf(wrong)).en).toMatch(/current password is not correct/);
    }
    // Was: no way to present a password here at all. Now the fourth try waits, even a right one…
    const slowed = await change(server, who, { current: who.password, next: 'brand-new-password' });
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await reasonOf(slowed)).cs).toMatch(/Příliš mnoho/);
    // …and so does a sign-in: one throttle for every way to present a password.
    expect((await signIn(server, who.name, who.password, freshAddress())).status).toBe(429);
    expect(await accepts(server, who.name, who.password)).toBe(true);
  });

  it('anonymous or with a forged cookie: 401, nothing changes', async () => {
    const anonymous = await change(server, undefined, { current: 'x', next: 'long-enough-pw' });
    expect(anonymous.status).toBe(401);
    expect((await reasonOf(anonymous)).en).toMatch(/not signed in/);
    const forged = await change(
      server,
      { cookie: 'AuthSession=Zm9yZ2VkOjY1MDAwMDAwOkFBQUE', from: freshAddress() },
      { current: 'x', next: 'long-enough-pw' },
    );
    expect(forged.status).toBe(401);
  });

  it("cannot change anyone else's password or any role: name and roles in the body are refused", async () => {
    const who = await account('self', ACTORS.member!);
    const other = await account('victim', ACTORS.member!);
    for (const extra of [
      { name: other.name },
      { roles: ['orp:pwtest:coordinator'] },
      { type: 'admin' },
    ]) {
      const response = await change(server, who, {
        current: who.password,
        next: 'taken-over-password',
        ...extra,
      });
      expect(response.status, JSON.stringify(extra)).toBe(400);
      expect((await reasonOf(response)).en).toMatch(/only the current and the new password/);
    }
    expect(await accepts(server, other.name, other.password)).toBe(true);
    expect(await accepts(server, who.name, who.password)).toBe(true);
    const doc = await adminGetJson<UserDoc>(server, userPath(who.name));
    expect([...doc.roles].sort()).toEqual([...ACTORS.member!].sort());
  });

  it('a new password too short, too long or equal to the current one: 400 with a reason', async () => {
    const who = await account('short');
    const cases: [unknown, RegExp][] = [
      [{ current: who.password, next: 'short' }, /at least 10 characters/],
      [{ current: who.password, next: 'x'.repeat(201) }, /at most 200 characters/],
      [{ current: who.password, next: who.password }, /differ from the current/],
      [{ current: '', next: 'long-enough-pw' }, /current password/],
      [[who.password, 'long-enough-pw'], /only the current and the new password/],
      ['{"current": ', /not valid JSON/],
    ];
    for (const [body, reason] of cases) {
      const response = await change(server, who, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const text = await reasonOf(response);
      expect(text.en).toMatch(reason);
      expect(text.cs.length).toBeGreaterThan(0);
    }
    expect(await accepts(server, who.name, who.password)).toBe(true);
  });

  it('refuses what a cross-site page could send: another Origin, a non-JSON body, a large body', async () => {
    const who = await account('csrf');
    const body = { current: who.password, next: 'cross-site-password' };
    const crossSite = await change(server, who, body, { Origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    const form = await change(server, who, JSON.stringify(body), {
      'Content-Type': 'text/plain',
    });
    expect(form.status).toBe(415);
    const large = await change(server, who, { ...body, next: 'x'.repeat(10_000) });
    expect(large.status).toBe(400);
    const sameSite = await change(server, who, body, { Origin: server.baseUrl });
    expect(sameSite.status).toBe(200);
  });

  it("a server admin's password is not changed here", async () => {
    const { cookie } = await sessionCookie(
      server.baseUrl,
      server.admin.user,
      server.admin.password,
    );
    const response = await change(
      server,
      { cookie, from: freshAddress() },
      { current: server.admin.password, next: 'admin-new-password' },
    );
    expect(response.status).toBe(403);
    expect(await accepts(server, server.admin.user, server.admin.password)).toBe(true);
  });
});
