import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminGetJson, basicAuth, createUser, sessionCookie, uniqueName } from '../support/couch';
import { externalCouchUrl, startTestServer, type TestServer } from '../support/server';

interface AllDocs {
  rows: { id: string }[];
}

describe('/db proxy and catalogue access', () => {
  let server: TestServer;
  let editor: { user: string; password: string };
  let validService: Record<string, unknown>;

  beforeAll(async () => {
    server = await startTestServer();
    editor = await createUser(server, uniqueName('editor'), 'editor-password-1', [
      'catalog:editor',
    ]);
    const all = await adminGetJson<AllDocs>(server, '/catalog/_all_docs');
    const demoId = all.rows.find((row) => row.id.startsWith('service:'))?.id ?? '';
    // A copy of a demo service stays valid whatever fields the catalogue schema grows.
    const { _id, _rev, ...body } = await adminGetJson(
      server,
      `/catalog/${encodeURIComponent(demoId)}`,
    );
    validService = body;
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('lets anonymous visitors read the catalogue', async () => {
    const response = await fetch(`${server.baseUrl}/db/catalog/_all_docs`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as AllDocs;
    expect(body.rows.some((row) => row.id.startsWith('service:'))).toBe(true);
  });

  it('refuses anonymous writes with a reason in both languages', async () => {
    const response = await fetch(`${server.baseUrl}/db/catalog/${uniqueName('service:anon')}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(validService),
    });
    expect([401, 403]).toContain(response.status);
    const body = (await response.json()) as { reason: string };
    expect(body.reason).toMatch(/ \/ /);
    // No browser login dialog: the proxy never forwards a Basic challenge.
    expect(response.headers.get('www-authenticate')).toBeNull();
  });

  it('refuses writes by signed-in users who are not catalogue editors', async () => {
    const reader = await createUser(server, uniqueName('reader'), 'reader-password-1', []);
    const response = await fetch(`${server.baseUrl}/db/catalog/${uniqueName('service:reader')}`, {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/json',
        Authorization: basicAuth(reader.user, reader.password),
      },
      body: JSON.stringify(validService),
    });
    expect(response.status).toBe(403);
  });

  it('carries a cookie session: an editor signs in through /db and saves a service', async () => {
    const { cookie, setCookie } = await sessionCookie(server.baseUrl, editor.user, editor.password);
    expect(cookie).toMatch(/^AuthSession=/);
    // The cookie is scoped to the proxy and not sent cross-site.
    expect(setCookie).toMatch(/Path=\/db/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);

    const session = await fetch(`${server.baseUrl}/db/_session`, { headers: { Cookie: cookie } });
    const info = (await session.json()) as { userCtx: { name: string; roles: string[] } };
    expect(info.userCtx.name).toBe(editor.user);

    const id = uniqueName('service:cookie');
    const response = await fetch(`${server.baseUrl}/db/catalog/${encodeURIComponent(id)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ ...validService, name: 'Uloženo přes cookie' }),
    });
    expect(response.status).toBe(201);
  });

  it('rejects an invalid document from an editor with 403 and a Czech / English reason', async () => {
    const { cookie } = await sessionCookie(server.baseUrl, editor.user, editor.password);
    const id = uniqueName('service:invalid');
    const response = await fetch(`${server.baseUrl}/db/catalog/${encodeURIComponent(id)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ ...validService, name: '' }),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: string; reason: string };
    expect(body.error).toBe('forbidden');
    expect(body.reason).toMatch(/název.* \/ .*name/i);
  });

  it('keeps each request its own identity over reused upstream connections', async () => {
    // The proxy pools keep-alive connections to the database: a signed-in request and an
    // anonymous one may travel over the same upstream socket, one after the other.
    const { cookie } = await sessionCookie(server.baseUrl, editor.user, editor.password);
    const names = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const response = await fetch(`${server.baseUrl}/db/_session`, {
          headers: i % 2 === 0 ? { Cookie: cookie } : {},
        });
        const body = (await response.json()) as { userCtx: { name: string | null } };
        return body.userCtx.name;
      }),
    );
    expect(names).toEqual(names.map((_, i) => (i % 2 === 0 ? editor.user : null)));
  });

  it('answers after the pooled connections sat idle past the keep-alive', async () => {
    const burst = () =>
      Promise.all(
        Array.from({ length: 8 }, () =>
          fetch(`${server.baseUrl}/db/catalog`).then((r) => r.text().then(() => r.status)),
        ),
      );
    expect(await burst()).toEqual(Array(8).fill(200));
    // Node's servers close idle keep-alive connections after 5 s; the pool must not reuse them.
    await new Promise((resolve) => setTimeout(resolve, 5_100));
    expect(await burst()).toEqual(Array(8).fill(200));
  });

  it('streams a longpoll _changes request that waits for the next change', async () => {
    const latest = await fetch(`${server.baseUrl}/db/catalog/_changes?descending=true&limit=1`);
    const since = ((await latest.json()) as { last_seq: unknown }).last_seq;
    const waiting = fetch(
      `${server.baseUrl}/db/catalog/_changes?feed=longpoll&timeout=20000&since=${encodeURIComponent(
        String(since),
      )}`,
    );
    // Longer than the proxy pool's 4 s idle timeout: a waiting long-poll must not be cut.
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    const id = uniqueName('service:longpoll');
    const write = await fetch(`${server.baseUrl}/db/catalog/${encodeURIComponent(id)}`, {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/json',
        Authorization: basicAuth(editor.user, editor.password),
      },
      body: JSON.stringify(validService),
    });
    expect(write.status).toBe(201);
    const changes = (await (await waiting).json()) as { results: { id: string }[] };
    expect(changes.results.map((change) => change.id)).toContain(id);
  });

  it('puts security headers on proxied answers and hides the upstream server', async () => {
    const response = await fetch(`${server.baseUrl}/db/catalog`);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  // Last: it stops the CouchDB the other tests use. Needs a CouchDB the test can stop.
  it.skipIf(Boolean(externalCouchUrl))(
    'answers 502 with a reason when CouchDB stops answering',
    async () => {
      const front = await startTestServer({
        env: {
          COUCHDB_URL: server.couchUrl,
          COUCHDB_USER: server.admin.user,
          COUCHDB_PASSWORD: server.admin.password,
        },
      });
      try {
        expect(front.output().stdout).toBe(
          `Rozcestník běží na ${front.baseUrl} (CouchDB at ${server.couchUrl})\n`,
        );
        expect((await fetch(`${front.baseUrl}/db/catalog`)).status).toBe(200);
        await server.stop();
        const response = await fetch(`${front.baseUrl}/db/catalog`);
        expect(response.status).toBe(502);
        const body = (await response.json()) as { error: string; reason: string };
        expect(body.error).toBe('bad_gateway');
        expect(body.reason).toMatch(/ \/ /);
        expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      } finally {
        await front.stop();
      }
    },
  );
});
