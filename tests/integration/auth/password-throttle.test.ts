/**
 * One throttle for every way to present a password through /db (issue 13, defect 2): sign-in
 * (`POST /db/_session`) and HTTP Basic on any /db path, per account and per address, slowing
 * down (growing waits up to a minute) rather than locking out. The first server runs with
 * TRUST_PROXY on, so each test gets its own client address through X-Forwarded-For; the second
 * runs with the default (off), where X-Forwarded-For must not help a guesser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, createUser, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';

let addressCounter = 0;
/** A fresh documentation-range address (RFC 5737) for one test. */
function freshAddress(): string {
  addressCounter += 1;
  return `198.51.100.${addressCounter}`;
}

function signIn(
  server: TestServer,
  name: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${server.baseUrl}/db/_session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ name, password }),
  });
}

function basicGet(
  server: TestServer,
  name: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${server.baseUrl}/db/catalog`, {
    headers: { Authorization: basicAuth(name, password), ...headers },
  });
}

function statuses(responses: Response[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const response of responses) counts[response.status] = (counts[response.status] ?? 0) + 1;
  return counts;
}

describe('password throttle (TRUST_PROXY on)', () => {
  let server: TestServer;
  const users: Record<string, { user: string; password: string }> = {};

  beforeAll(async () => {
    server = await startTestServer({ env: { TRUST_PROXY: '1' } });
    for (const key of ['jana', 'petr', 'basic', 'shared', 'spray']) {
      users[key] = await createUser(server, uniqueName(key), `${key}-password-1`, []);
    }
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('signs in; the cookie is scoped to /db, and Secure with HSTS only behind TLS', async () => {
    const jana = users.jana!;
    const plain = await signIn(server, jana.user, jana.password, {
      'X-Forwarded-For': freshAddress(),
    });
    expect(plain.status).toBe(200);
    const cookie = plain.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/AuthSession=/);
    expect(cookie).toMatch(/Path=\/db/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
    expect(plain.headers.get('strict-transport-security')).toBeNull();

    const tls = await signIn(server, jana.user, jana.password, {
      'X-Forwarded-For': freshAddress(),
      'X-Forwarded-Proto': 'https',
    });
    expect(tls.status).toBe(200);
    expect(tls.headers.get('set-cookie') ?? '').toMatch(/;\s*Secure/i);
    expect(tls.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    const page = await fetch(`${server.baseUrl}/`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });

  it('sign-in: 401 to the first wrong passwords, then 429 with Retry-After, even for the right one; another user is not slowed', async () => {
    const jana = users.jana!;
    const from = { 'X-Forwarded-For': freshAddress() };
    for (let i = 0; i < 3; i++) {
      const wrong = await signIn(server, jana.user, 'wrong-password', from);
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('www-authenticate')).toBeNull();
    }
    const slowed = await signIn(server, jana.user, jana.password, from);
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await slowed.json()) as { reason: string }).reason).toMatch(/Příliš mnoho.*Too many/);
    expect((await signIn(server, users.petr!.user, users.petr!.password, from)).status).toBe(200);

    // Slowed down, not locked out: after the wait the right password works and clears the record.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await signIn(server, jana.user, jana.password, from)).status).toBe(200);
    expect((await signIn(server, jana.user, 'typo', from)).status).toBe(401);
  });

  it('still forwards a form-encoded sign-in body untouched', async () => {
    const response = await fetch(`${server.baseUrl}/db/_session`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Forwarded-For': freshAddress(),
      },
      body: new URLSearchParams({ name: users.petr!.user, password: users.petr!.password }),
    });
    expect(response.status).toBe(200);
  });

  it('HTTP Basic guessing on a /db path gets 429 after the free tries', async () => {
    const target = users.basic!;
    const from = { 'X-Forwarded-For': freshAddress() };
    const answers: Response[] = [];
    for (let i = 0; i < 20; i++)
      answers.push(await basicGet(server, target.user, `guess-${i}`, from));
    const counts = statuses(answers);
    // Was: 20 × 401 (500 guesses in 4 s, never 429).
    expect(counts[401]).toBeLessThanOrEqual(4);
    expect(counts[429]).toBeGreaterThanOrEqual(15);
    expect(answers.at(-1)?.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('parallel Basic guesses cannot all slip in before the first answer', async () => {
    const from = { 'X-Forwarded-For': freshAddress() };
    const name = uniqueName('parallel');
    await createUser(server, name, 'parallel-password', []);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => basicGet(server, name, `guess-${i}`, from)),
    );
    const counts = statuses(answers);
    // Was: 40 × 401. Now the 3 free tries, and at most one more per (1 s, then 2 s) wait while
    // the slow password checks of a loaded Apache CouchDB are still under way.
    expect(counts[401]).toBeLessThanOrEqual(5);
    expect(counts[429]).toBeGreaterThanOrEqual(35);
    // The right password of an account that never failed passes, many requests at once.
    const fine = await createUser(server, uniqueName('fine'), 'fine-password-1', []);
    const okFrom = { 'X-Forwarded-For': freshAddress() };
    const ok = await Promise.all(
      Array.from({ length: 10 }, () => basicGet(server, fine.user, fine.password, okFrom)),
    );
    expect(statuses(ok)).toEqual({ 200: 10 });
  });

  it('one throttle per account: Basic failures slow down sign-in from another address', async () => {
    const target = users.shared!;
    for (let i = 0; i < 3; i++) {
      const guess = await basicGet(server, target.user, `guess-${i}`, {
        'X-Forwarded-For': freshAddress(),
      });
      expect(guess.status).toBe(401);
    }
    const owner = await signIn(server, target.user, target.password, {
      'X-Forwarded-For': freshAddress(),
    });
    expect(owner.status).toBe(429);
    expect(Number(owner.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });

  it('a burst of real sign-ins from one address (a town hall) all get in', async () => {
    const from = { 'X-Forwarded-For': freshAddress() };
    const people = await Promise.all(
      Array.from({ length: 14 }, (_, i) =>
        createUser(server, uniqueName(`office${i}`), `office-password-${i}`, []),
      ),
    );
    const answers = await Promise.all(people.map((p) => signIn(server, p.user, p.password, from)));
    expect(statuses(answers)).toEqual({ 200: 14 });
  });

  it('spraying many names from one address is limited', async () => {
    const from = { 'X-Forwarded-For': freshAddress() };
    const answers: Response[] = [];
    for (let i = 0; i < 14; i++) {
      answers.push(await signIn(server, uniqueName(`spray${i}`), 'password123', from));
    }
    const counts = statuses(answers);
    // Was: 3 free tries for every name, so every one of these answered 401.
    expect(counts[401]).toBeLessThanOrEqual(10);
    expect(counts[429]).toBeGreaterThanOrEqual(4);
    // The address is slowed down for every name, Basic included, even with the right password.
    const spray = users.spray!;
    expect((await basicGet(server, spray.user, spray.password, from)).status).toBe(429);
    expect((await signIn(server, spray.user, spray.password, from)).status).toBe(429);
  });
});

describe('password throttle (TRUST_PROXY off, the default)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('ignores X-Forwarded-For (one address for all) and never marks cookies Secure', async () => {
    const eva = await createUser(server, uniqueName('eva'), 'eva-password-1', []);
    const signedIn = await signIn(server, eva.user, eva.password, { 'X-Forwarded-Proto': 'https' });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('set-cookie') ?? '').not.toMatch(/;\s*Secure/i);

    const answers: Response[] = [];
    for (let i = 0; i < 14; i++) {
      answers.push(
        await signIn(server, uniqueName(`spray${i}`), 'password123', {
          'X-Forwarded-For': freshAddress(),
        }),
      );
    }
    expect(statuses(answers)[429]).toBeGreaterThanOrEqual(4);

    const page = await fetch(`${server.baseUrl}/`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(page.headers.get('strict-transport-security')).toBeNull();
  });
});
