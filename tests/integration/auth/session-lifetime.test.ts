/**
 * Issue 13, defect 6: sessions last as long as an offline-first tool needs (SESSION_DAYS,
 * default 14) in a persistent cookie that is refreshed while used, on the embedded server and
 * on Apache CouchDB (sync-server sets `[chttpd_auth] timeout` and `allow_persistent_cookies`).
 * Instead of waiting days, the test presents cookies issued in the past: it signs them as
 * CouchDB does (HMAC over "name:hex-timestamp" with the server secret + the user's salt), which
 * both servers check the same way.
 */
import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFetch, adminGetJson, createUser, uniqueName } from '../support/couch';
import { externalCouchUrl, startTestServer, type TestServer } from '../support/server';

const DAY_S = 86_400;
const FOURTEEN_DAYS_S = 14 * DAY_S;

async function serverSecret(server: TestServer): Promise<string> {
  if (externalCouchUrl) {
    return adminGetJson<string>(server, '/_node/_local/_config/chttpd_auth/secret');
  }
  const config = JSON.parse(
    await readFile(path.join(server.dataDir, 'couch', 'config.json'), 'utf8'),
  ) as { couch_httpd_auth: { secret: string } };
  return config.couch_httpd_auth.secret;
}

/** An AuthSession cookie value as the server would have issued it `ageS` seconds ago. */
function cookieIssuedAgo(name: string, salt: string, secret: string, ageS: number): string {
  const data = `${name}:${Math.round(Date.now() / 1000 - ageS)
    .toString(16)
    .toUpperCase()}`;
  const mac = createHmac('sha1', secret + salt)
    .update(data)
    .digest();
  const bytes = Uint8Array.from([...Buffer.from(`${data}:`), ...mac]);
  return `AuthSession=${Buffer.from(bytes).toString('base64url')}`;
}

/** `Max-Age` of a Set-Cookie line, or undefined when it has none (a browser-session cookie). */
function maxAge(setCookie: string): number | undefined {
  const match = /;\s*max-age=(\d+)/i.exec(setCookie);
  return match ? Number(match[1]) : undefined;
}

describe('sessions that last (SESSION_DAYS, persistent cookies)', () => {
  let server: TestServer;
  const name = uniqueName('session-member');
  const password = 'session-member-password';

  beforeAll(async () => {
    server = await startTestServer();
    await createUser(server, name, password, []);
  });
  afterAll(() => server?.stop());

  const sessionWith = async (cookie: string) => {
    const response = await fetch(`${server.baseUrl}/db/_session`, { headers: { Cookie: cookie } });
    const body = (await response.json()) as { userCtx: { name: string | null } };
    return { name: body.userCtx.name, setCookie: response.headers.get('set-cookie') ?? '' };
  };

  it('signs in with a persistent cookie that lasts 14 days and works', async () => {
    const response = await fetch(`${server.baseUrl}/db/_session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^AuthSession=[^;]+/);
    expect(maxAge(setCookie)).toBe(FOURTEEN_DAYS_S);
    const expires = /;\s*expires=([^;]+)/i.exec(setCookie)?.[1];
    expect(Date.parse(expires ?? '') - Date.now()).toBeGreaterThan((FOURTEEN_DAYS_S - 60) * 1000);
    expect((await sessionWith(setCookie.split(';')[0] ?? '')).name).toBe(name);
  });

  it('accepts a cookie from 2 days ago and refreshes it; refuses one from 15 days ago', async () => {
    const user = await adminGetJson<{ salt: string }>(
      server,
      `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`,
    );
    const secret = await serverSecret(server);

    // Far past the old 10-minute limit: still signed in, and the cookie is renewed in use.
    const recent = await sessionWith(cookieIssuedAgo(name, user.salt, secret, 2 * DAY_S));
    expect(recent.name).toBe(name);
    expect(recent.setCookie).toMatch(/^AuthSession=[^;]+/);
    expect(maxAge(recent.setCookie)).toBe(FOURTEEN_DAYS_S);
    const renewed = recent.setCookie.split(';')[0] ?? '';
    expect((await sessionWith(renewed)).name).toBe(name);

    // Past SESSION_DAYS the session has ended: anonymous, as before (the app asks to sign in).
    const expired = await sessionWith(cookieIssuedAgo(name, user.salt, secret, 15 * DAY_S));
    expect(expired.name).toBeNull();
  });

  it('sets the session settings on the database server itself', async () => {
    if (externalCouchUrl) {
      const membership = await adminGetJson<{ cluster_nodes: string[] }>(server, '/_membership');
      for (const node of membership.cluster_nodes) {
        const config = await adminGetJson<Record<string, string>>(
          server,
          `/_node/${encodeURIComponent(node)}/_config/chttpd_auth`,
        );
        expect(config).toMatchObject({
          timeout: String(FOURTEEN_DAYS_S),
          allow_persistent_cookies: 'true',
        });
      }
    } else {
      const response = await adminFetch(server, '/_config/couch_httpd_auth');
      const config = (await response.json()) as Record<string, unknown>;
      expect(String(config.timeout)).toBe(String(FOURTEEN_DAYS_S));
      expect(String(config.allow_persistent_cookies)).toBe('true');
    }
  });
});
