/**
 * Published plan and reports against the real server: only the ORP's coordinator publishes
 * (session checked by sync-server), everyone lists and downloads exactly the bytes published,
 * and the store itself is closed to everyone but the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, sessionCookie, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';
import { admin, asUser, uniqueOrp } from '../groups/group-support';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PASSWORD = 'documents-password';
// Not a real DOCX, but a zip's signature: the server checks only that much.
const file = (text: string) => new Uint8Array(Buffer.from(`PK\u0003\u0004${text}`));

describe('published documents', () => {
  let server: TestServer;
  const orp = uniqueOrp();
  let coordinatorCookie = '';
  let memberCookie = '';
  let memberName = '';

  const publish = (kind: string, body: Uint8Array, cookie?: string, query = '') =>
    fetch(`${server.baseUrl}/db/_rozcestnik/documents/${orp}/${kind}${query}`, {
      method: 'PUT',
      headers: { 'Content-Type': DOCX, ...(cookie ? { Cookie: cookie } : {}) },
      body: new Blob([body as Uint8Array<ArrayBuffer>]),
    });

  beforeAll(async () => {
    server = await startTestServer();
    await admin(server, 'orp', 'add', orp, 'Dokumentové ORP');
    await admin(server, 'group', 'add', orp, 'seniori', 'Senioři');
    const coordinator = uniqueName('doc-coord');
    memberName = uniqueName('doc-member');
    await createUser(server, coordinator, PASSWORD, [`orp:${orp}:coordinator`]);
    await createUser(server, memberName, PASSWORD, [
      `orp:${orp}:group:seniori`,
      `orp:${orp}:member`,
    ]);
    coordinatorCookie = (await sessionCookie(server.baseUrl, coordinator, PASSWORD)).cookie;
    memberCookie = (await sessionCookie(server.baseUrl, memberName, PASSWORD)).cookie;
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('only the coordinator publishes; anyone downloads the same bytes', async () => {
    expect((await publish('report-2026', file('anon'))).status).toBe(401);
    expect((await publish('report-2026', file('member'), memberCookie)).status).toBe(403);
    expect((await publish('report-2026', file('zpráva 2026'), coordinatorCookie)).status).toBe(201);
    expect((await publish('plan', file('plán'), coordinatorCookie, '?year=2027')).status).toBe(201);
    // Publishing again replaces.
    expect((await publish('plan', file('plán v2'), coordinatorCookie, '?year=2027')).status).toBe(
      201,
    );

    const list = await fetch(`${server.baseUrl}/api/documents/${orp}`);
    expect(list.status).toBe(200);
    const { documents } = (await list.json()) as {
      documents: { kind: string; year: number; path: string }[];
    };
    expect(documents.map((d) => [d.kind, d.year])).toEqual([
      ['plan', 2027],
      ['report-2026', 2026],
    ]);
    const download = await fetch(`${server.baseUrl}${documents[0]?.path ?? ''}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe(DOCX);
    expect(download.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(file('plán v2')))).toBe(
      true,
    );
  });

  it('refuses what is not a DOCX or not a known kind, with a reason', async () => {
    const notDocx = await publish(
      'report-2025',
      new Uint8Array(Buffer.from('hello')),
      coordinatorCookie,
    );
    expect(notDocx.status).toBe(400);
    expect(((await notDocx.json()) as { reason: { cs: string } }).reason.cs).toContain('DOCX');
    expect((await publish('minutes', file('x'), coordinatorCookie)).status).toBe(400);
    expect((await publish('plan', file('x'), coordinatorCookie)).status).toBe(400);
  });

  it('the store is closed: members cannot read or write it through /db', async () => {
    const who = { name: memberName, password: PASSWORD };
    expect([401, 403]).toContain((await asUser(server, who, '/public-documents/_all_docs')).status);
    expect([401, 403]).toContain(
      (await asUser(server, undefined, '/public-documents/_all_docs')).status,
    );
    expect((await fetch(`${server.baseUrl}/api/documents/zzznone`)).status).toBe(404);
  });
});
