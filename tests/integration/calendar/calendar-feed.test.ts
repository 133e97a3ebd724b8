/**
 * The members' calendar subscription against the real server: a token is created with the
 * browser's session cookie, the feed lists the meetings of the owner's groups only, and a
 * replaced token or a disabled account stops the feed at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFetch, createUser, sessionCookie, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';
import { admin, asUser, meeting, putAs, uniqueOrp, type Who } from '../groups/group-support';

const PASSWORD = 'calendar-password';

async function createToken(server: TestServer, cookie?: string): Promise<Response> {
  return fetch(`${server.baseUrl}/db/_rozcestnik/calendar-token`, {
    method: 'POST',
    headers: cookie ? { Cookie: cookie } : {},
  });
}

async function tokenFor(server: TestServer, who: Who): Promise<string> {
  const { cookie } = await sessionCookie(server.baseUrl, who.name, who.password);
  const response = await createToken(server, cookie);
  expect(response.status).toBe(201);
  const body = (await response.json()) as { token: string; path: string };
  expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(body.path).toBe(`/api/calendar/${body.token}.ics`);
  return body.token;
}

function feed(server: TestServer, token: string): Promise<Response> {
  return fetch(`${server.baseUrl}/api/calendar/${token}.ics`);
}

describe('calendar subscription feed', () => {
  let server: TestServer;
  const orp = uniqueOrp();
  const db = (group: string) => `orp-${orp}-group-${group}`;
  let both: Who;
  let onlyC: Who;

  beforeAll(async () => {
    server = await startTestServer();
    await admin(server, 'orp', 'add', orp, 'Kalendářní ORP');
    const groups: [string, string][] = [
      ['a', 'Senioři'],
      ['b', 'Děti a mládež'],
      ['c', 'Bydlení'],
    ];
    for (const [code, name] of groups) {
      await admin(server, 'group', 'add', orp, code, name);
    }
    both = { name: uniqueName('both'), password: PASSWORD };
    onlyC = { name: uniqueName('onlyc'), password: PASSWORD };
    await admin(
      server,
      'user',
      'add',
      both.name,
      '--password',
      PASSWORD,
      '--role',
      `orp:${orp}:group:a`,
      '--role',
      `orp:${orp}:group:b`,
    );
    await admin(
      server,
      'user',
      'add',
      onlyC.name,
      '--password',
      PASSWORD,
      '--role',
      `orp:${orp}:group:c`,
    );
    const writes = [
      putAs(
        server,
        both,
        db('a'),
        meeting('2026-12-01-aaaa', both.name, {
          title: 'Schůzka seniorů',
          date: '2026-12-01',
          time: '09:30',
          place: 'Radnice, sál 2',
        }),
      ),
      putAs(
        server,
        both,
        db('b'),
        meeting('2026-12-03-bbbb', both.name, {
          title: 'Schůzka dětí',
          date: '2026-12-03',
          time: undefined,
          place: undefined,
        }),
      ),
      putAs(
        server,
        onlyC,
        db('c'),
        meeting('2026-12-02-cccc', onlyC.name, {
          title: 'Tajná schůzka bydlení',
        }),
      ),
    ];
    for (const response of await Promise.all(writes)) expect(response.status).toBe(201);
    // A note in the minutes, which the feed must never carry.
    const item = await putAs(server, both, db('a'), {
      _id: 'agenda-item:2026-12-01-aaaa:1',
      type: 'agenda-item',
      meetingId: '2026-12-01-aaaa',
      n: 1,
      title: 'Rozpočet',
      notes: 'Důvěrná poznámka k rozpočtu',
      locked: false,
      createdBy: both.name,
      createdAt: '2026-11-22T10:00:00.000Z',
      updatedBy: both.name,
      updatedAt: '2026-11-22T10:00:00.000Z',
    });
    expect(item.status).toBe(201);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('lists the meetings of both of the member’s groups, and nothing of a third group', async () => {
    const token = await tokenFor(server, both);
    const response = await feed(server, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('SUMMARY:Schůzka seniorů');
    expect(text).toContain('SUMMARY:Schůzka dětí');
    expect(text).toContain('DTSTART:20261201T093000');
    expect(text).toContain('DTSTART;VALUE=DATE:20261203');
    expect(text).toContain('LOCATION:Radnice\\, sál 2');
    expect(text).toContain(`UID:meeting:2026-12-01-aaaa.${db('a')}@rozcestnik`);
    expect(text).not.toContain('Tajná schůzka');
    expect(text).not.toContain('Rozpočet');
    expect(text).not.toContain('Důvěrná');
    // Stable UIDs: the same feed twice names the same events.
    const again = await (await feed(server, token)).text();
    const uids = (t: string) => t.match(/^UID:.*$/gm)?.sort();
    expect(uids(again)).toEqual(uids(text));
  });

  it('a new token replaces the old one: the old URL answers 404 at once', async () => {
    const first = await tokenFor(server, onlyC);
    expect((await feed(server, first)).status).toBe(200);
    const second = await tokenFor(server, onlyC);
    expect(second).not.toBe(first);
    expect((await feed(server, first)).status).toBe(404);
    const text = await (await feed(server, second)).text();
    expect(text).toContain('SUMMARY:Tajná schůzka bydlení');
    expect(text).not.toContain('Schůzka seniorů');
  });

  it('a disabled member’s feed answers 404', async () => {
    const name = uniqueName('leaver');
    await createUser(server, name, PASSWORD, [`orp:${orp}:group:a`]);
    const token = await tokenFor(server, { name, password: PASSWORD });
    expect((await feed(server, token)).status).toBe(200);
    await admin(server, 'user', 'disable', name);
    expect((await feed(server, token)).status).toBe(404);
  });

  it('follows the member’s current roles: a removed group disappears from the feed', async () => {
    const name = uniqueName('mover');
    await createUser(server, name, PASSWORD, [`orp:${orp}:group:a`]);
    const token = await tokenFor(server, { name, password: PASSWORD });
    expect(await (await feed(server, token)).text()).toContain('Schůzka seniorů');
    await admin(server, 'user', 'roles', name, `orp:${orp}:group:b`);
    const text = await (await feed(server, token)).text();
    expect(text).not.toContain('Schůzka seniorů');
    expect(text).toContain('Schůzka dětí');
  });

  it('an anonymous request or a forged cookie cannot create a token', async () => {
    expect((await createToken(server)).status).toBe(401);
    expect((await createToken(server, 'AuthSession=Zm9yZ2VkOjEyMzQ6YWJjZA')).status).toBe(401);
  });

  it('unknown tokens and malformed names answer 404', async () => {
    expect((await feed(server, 'A'.repeat(43))).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/api/calendar/nothing`)).status).toBe(404);
  });

  it('the token database is private: members cannot read it, only hashes are stored', async () => {
    const token = await tokenFor(server, both);
    const read = await asUser(server, both, '/calendar-feeds/_all_docs');
    expect([401, 403]).toContain(read.status);
    const write = await asUser(server, both, '/calendar-feeds/x', {
      method: 'PUT',
      body: JSON.stringify({ user: both.name }),
    });
    expect([401, 403]).toContain(write.status);
    const all = await adminFetch(server, '/calendar-feeds/_all_docs?include_docs=true');
    const text = await all.text();
    expect(text).not.toContain(token);
    expect(text).toContain(both.name);
  });

  // Last: it uses up this address's allowance.
  it('is rate-limited per address: 429 with Retry-After, like the reports endpoint', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 125 && last?.status !== 429; i++) last = await feed(server, 'B'.repeat(43));
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
