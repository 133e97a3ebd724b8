/**
 * "Chci se zapojit" against the real server: anonymous requests are validated and stored in the
 * ORP's coordinators-only database, readable by nobody else; a coordinator declines (deletes) or
 * accepts (an account with exactly the group's role); a member cannot accept; old requests are
 * purged; the endpoint is rate-limited per address, honouring TRUST_PROXY.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouchClient } from '../../../sync-server/src/couch/couch-client';
import { purgeOldJoinRequests } from '../../../sync-server/src/services/join-requests.service';
import { adminFetch, adminGetJson, createUser, sessionCookie, uniqueName } from '../support/couch';
import { externalCouchUrl, startTestServer, type TestServer } from '../support/server';
import { admin, asUser, uniqueOrp, type Who } from '../groups/group-support';

const PASSWORD = 'join-password';
let address = 0;
/** A fresh client address per test (the server trusts X-Forwarded-For here): own allowance. */
function newAddress(): string {
  address += 1;
  return `198.51.100.${address}`;
}

function send(server: TestServer, orp: string, body: unknown, from = newAddress()) {
  return fetch(`${server.baseUrl}/api/join/${orp}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
    body: JSON.stringify(body),
  });
}

function accept(server: TestServer, orp: string, id: string, cookie?: string) {
  return fetch(
    `${server.baseUrl}/db/_rozcestnik/join-requests/${orp}/${encodeURIComponent(id)}/accept`,
    {
      method: 'POST',
      headers: { 'X-Forwarded-For': newAddress(), ...(cookie ? { Cookie: cookie } : {}) },
    },
  );
}

interface Row {
  id: string;
  value: { rev: string };
  doc: { _id: string; name: string; contact: string; group: string; receivedAt: string };
}

async function requestsAs(server: TestServer, who: Who | undefined, orp: string) {
  return asUser(server, who, `/orp-${orp}-join-requests/_all_docs?include_docs=true`);
}

async function idOf(server: TestServer, coordinator: Who, orp: string, name: string) {
  const rows = ((await (await requestsAs(server, coordinator, orp)).json()) as { rows: Row[] })
    .rows;
  const row = rows.find((r) => r.doc?.name === name);
  if (!row) throw new Error(`no request from ${name}`);
  return row;
}

describe('joining requests', () => {
  let server: TestServer;
  const orp = uniqueOrp();
  const other = uniqueOrp();
  const db = `orp-${orp}-join-requests`;
  let coordinator: Who;
  let otherCoordinator: Who;
  let member: Who;

  beforeAll(async () => {
    server = await startTestServer({ env: { TRUST_PROXY: 'loopback' } });
    await admin(server, 'orp', 'add', orp, 'Zapojovací ORP');
    await admin(server, 'group', 'add', orp, 'seniori', 'Senioři');
    await admin(server, 'group', 'add', orp, 'bydleni', 'Bydlení');
    await admin(server, 'orp', 'add', other, 'Jiné ORP');
    coordinator = { name: uniqueName('coord'), password: PASSWORD };
    otherCoordinator = { name: uniqueName('coord-other'), password: PASSWORD };
    member = { name: uniqueName('member'), password: PASSWORD };
    await createUser(server, coordinator.name, PASSWORD, [`orp:${orp}:coordinator`]);
    await createUser(server, otherCoordinator.name, PASSWORD, [`orp:${other}:coordinator`]);
    await createUser(server, member.name, PASSWORD, [
      `orp:${orp}:group:seniori`,
      `orp:${orp}:member`,
    ]);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('stores a valid request where only the ORP’s coordinators read it', async () => {
    const name = `Jana Nováková ${uniqueName('x')}`;
    const response = await send(server, orp, {
      group: 'seniori',
      name,
      contact: 'jana@example.cz',
      message: 'Pečuji o maminku.',
      consent: true,
      extra: 'dropped',
    });
    expect(response.status).toBe(201);
    const row = await idOf(server, coordinator, orp, name);
    expect(row.doc).toMatchObject({ group: 'seniori', contact: 'jana@example.cz', consent: true });
    expect(row.doc).not.toHaveProperty('extra');
    for (const who of [undefined, member, otherCoordinator]) {
      expect([401, 403]).toContain((await requestsAs(server, who, orp)).status);
    }
    // Nobody but the server writes requests, not even a coordinator.
    const forged = await asUser(server, coordinator, `/${db}/join-request:forged`, {
      method: 'PUT',
      body: JSON.stringify({
        type: 'join-request',
        orp,
        group: 'seniori',
        name: 'X',
        contact: 'x',
        consent: true,
        receivedAt: new Date().toISOString(),
      }),
    });
    expect(forged.status).toBe(403);
  });

  it('refuses bad input with a reason in Czech and English, and unknown ORPs', async () => {
    const cases: [unknown, string][] = [
      [{ group: 'nope', name: 'A', contact: 'a@b.cz', consent: true }, 'pracovní skupinu'],
      [{ group: 'seniori', name: ' ', contact: 'a@b.cz', consent: true }, 'jméno'],
      [{ group: 'seniori', name: 'A', contact: '', consent: true }, 'e-mail nebo telefon'],
      [{ group: 'seniori', name: 'A', contact: 'a@b.cz' }, 'souhlasu'],
      [{ group: 'seniori', name: 'A'.repeat(101), contact: 'a@b.cz', consent: true }, 'dlouhé'],
    ];
    for (const [body, cs] of cases) {
      const response = await send(server, orp, body);
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { reason: { cs: string; en: string } };
      expect(answer.reason.cs).toContain(cs);
      expect(answer.reason.en.length).toBeGreaterThan(5);
    }
    expect((await send(server, 'zzznotanorp', { consent: true })).status).toBe(404);
  });

  it('a coordinator declines by deleting; nothing of the person stays', async () => {
    const name = `Petr Dvořák ${uniqueName('x')}`;
    expect(
      (await send(server, orp, { group: 'bydleni', name, contact: '777 123 456', consent: true }))
        .status,
    ).toBe(201);
    const row = await idOf(server, coordinator, orp, name);
    // Another ORP's coordinator and a member cannot delete it.
    for (const who of [otherCoordinator, member]) {
      const refused = await asUser(server, who, `/${db}/${encodeURIComponent(row.id)}`, {
        method: 'PUT',
        body: JSON.stringify({ _id: row.id, _rev: row.value.rev, _deleted: true }),
      });
      expect([401, 403]).toContain(refused.status);
    }
    // A "deletion" that keeps the personal data in the tombstone is refused.
    const sneaky = await asUser(server, coordinator, `/${db}/${encodeURIComponent(row.id)}`, {
      method: 'PUT',
      body: JSON.stringify({ ...row.doc, _rev: row.value.rev, _deleted: true }),
    });
    expect(sneaky.status).toBe(403);
    // Declining writes a bare tombstone (as the app does): the embedded server's DELETE hands
    // validation the whole stored document, CouchDB's a bare one; a PUT is the same on both.
    const declined = await asUser(server, coordinator, `/${db}/${encodeURIComponent(row.id)}`, {
      method: 'PUT',
      body: JSON.stringify({ _id: row.id, _rev: row.value.rev, _deleted: true }),
    });
    // CouchDB answers a deletion 200, the embedded server 201.
    expect([200, 201]).toContain(declined.status);
    const gone = await adminFetch(server, `/${db}/${encodeURIComponent(row.id)}`);
    expect(gone.status).toBe(404);
  });

  it('accept: a member and strangers cannot; the coordinator gets an account with exactly the group role', async () => {
    const name = `Eva Svobodová ${uniqueName('x')}`;
    expect(
      (
        await send(server, orp, {
          group: 'seniori',
          name,
          contact: 'eva@example.cz',
          consent: true,
        })
      ).status,
    ).toBe(201);
    const row = await idOf(server, coordinator, orp, name);
    expect((await accept(server, orp, row.id)).status).toBe(401);
    const memberCookie = (await sessionCookie(server.baseUrl, member.name, PASSWORD)).cookie;
    expect((await accept(server, orp, row.id, memberCookie)).status).toBe(403);
    const otherCookie = (await sessionCookie(server.baseUrl, otherCoordinator.name, PASSWORD))
      .cookie;
    expect((await accept(server, orp, row.id, otherCookie)).status).toBe(403);

    const cookie = (await sessionCookie(server.baseUrl, coordinator.name, PASSWORD)).cookie;
    const accepted = await accept(server, orp, row.id, cookie);
    expect(accepted.status).toBe(201);
    const result = (await accepted.json()) as { userName: string; password: string; group: string };
    expect(result.userName).toMatch(/^eva\.svobodova/);
    expect(result.group).toBe('seniori');
    expect(result.password.length).toBeGreaterThanOrEqual(12);
    const account = await adminGetJson<{ roles: string[] }>(
      server,
      `/_users/${encodeURIComponent(`org.couchdb.user:${result.userName}`)}`,
    );
    expect(account.roles.sort()).toEqual([`orp:${orp}:group:seniori`, `orp:${orp}:member`]);
    // On the group's roster under the name they gave.
    const roster = await adminGetJson<{ members: { name: string; displayName: string }[] }>(
      server,
      `/orp-${orp}-group-seniori/roster`,
    );
    expect(roster.members).toContainEqual({ name: result.userName, displayName: name });
    // The new member signs in with the one-time password.
    const signedIn = await sessionCookie(server.baseUrl, result.userName, result.password);
    expect(signedIn.cookie).toContain('AuthSession=');
    // The request is gone; accepting it again says so.
    expect((await adminFetch(server, `/${db}/${encodeURIComponent(row.id)}`)).status).toBe(404);
    expect((await accept(server, orp, row.id, cookie)).status).toBe(404);
  });

  it('purges requests older than 90 days and keeps newer ones', async () => {
    const put = (id: string, receivedAt: string) =>
      adminFetch(server, `/${db}/${id}`, {
        method: 'PUT',
        body: JSON.stringify({
          type: 'join-request',
          orp,
          group: 'seniori',
          name: 'Stará žádost',
          contact: 'x@example.cz',
          consent: true,
          receivedAt,
        }),
      });
    const day = 24 * 3600_000;
    const oldId = `join-request:${uniqueName('old')}`;
    const newId = `join-request:${uniqueName('new')}`;
    expect((await put(oldId, new Date(Date.now() - 91 * day).toISOString())).status).toBe(201);
    expect((await put(newId, new Date(Date.now() - 80 * day).toISOString())).status).toBe(201);
    const client = createCouchClient({
      url: server.couchUrl,
      user: server.admin.user,
      password: server.admin.password,
      mode: externalCouchUrl ? 'couchdb' : 'embedded',
    });
    expect(await purgeOldJoinRequests(client)).toBeGreaterThanOrEqual(1);
    expect((await adminFetch(server, `/${db}/${oldId}`)).status).toBe(404);
    expect((await adminFetch(server, `/${db}/${newId}`)).status).toBe(200);
  });

  it('is rate-limited per client address behind a trusted proxy', async () => {
    const from = newAddress();
    const body = { group: 'seniori', name: 'Hodně žádostí', contact: 'a@b.cz', consent: true };
    for (let i = 0; i < 5; i++) expect((await send(server, orp, body, from)).status).toBe(201);
    const refused = await send(server, orp, body, from);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { reason: { cs: string } }).reason.cs).toContain(
      'Příliš mnoho',
    );
    // Another address still gets through.
    expect((await send(server, orp, body)).status).toBe(201);
  });
});
