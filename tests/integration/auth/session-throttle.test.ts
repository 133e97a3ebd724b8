import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';

/** Sign-in through the same-origin proxy, as the login page does it. */
function signIn(server: TestServer, name: string, password: string): Promise<Response> {
  return fetch(`${server.baseUrl}/db/_session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
}

describe('POST /db/_session throttle', () => {
  let server: TestServer;
  let jana: { user: string; password: string };
  let petr: { user: string; password: string };

  beforeAll(async () => {
    server = await startTestServer();
    jana = await createUser(server, uniqueName('jana'), 'jana-password-1', []);
    petr = await createUser(server, uniqueName('petr'), 'petr-password-1', []);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('signs in with the right password and scopes the cookie to /db', async () => {
    const response = await signIn(server, jana.user, jana.password);
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/AuthSession=/);
    expect(cookie).toMatch(/Path=\/db/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(((await response.json()) as { name: string }).name).toBe(jana.user);
  });

  it('answers 401 to the first wrong passwords, then 429 with Retry-After, even for the right one', async () => {
    for (let i = 0; i < 3; i++) {
      const wrong = await signIn(server, jana.user, 'wrong-password');
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('www-authenticate')).toBeNull();
    }
    const slowed = await signIn(server, jana.user, jana.password);
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await slowed.json()) as { reason: string }).reason).toMatch(/Příliš mnoho/);
  });

  it('does not slow down another user from the same address', async () => {
    const response = await signIn(server, petr.user, petr.password);
    expect(response.status).toBe(200);
  });

  it('lets the user in after the wait and forgets the failures on success', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await signIn(server, jana.user, jana.password)).status).toBe(200);
    // A fresh start: one more typo is a plain 401 again, not 429.
    expect((await signIn(server, jana.user, 'typo')).status).toBe(401);
  });

  it('still forwards a form-encoded sign-in body untouched', async () => {
    const response = await fetch(`${server.baseUrl}/db/_session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: petr.user, password: petr.password }).toString(),
    });
    expect(response.status).toBe(200);
  });
});
