/**
 * Access matrix, request rows (issue 13, defects 3 and 5): server-wide endpoints, indexes,
 * `_local` documents, request sizes and malformed requests, each as who × request → the
 * status(es) every server must answer. Runs against the embedded server and, with COUCHDB_URL,
 * Apache CouchDB behind the same sync-server.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, createUser, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';
import { admin, meeting, uniqueOrp, type Who } from '../groups/group-support';

type Actor = 'anonymous' | 'member' | 'editor' | 'admin';

interface Row {
  case: string;
  actor: Actor;
  method: string;
  /** Under /db, with {group} for the member's group database. */
  path: string;
  body?: () => string;
  /** Statuses that count as right (refusals: 401 or 403 both mean "not allowed"). */
  expected: number[];
}

const REFUSED = [401, 403];
const MB = 1_000_000;

function padded(doc: Record<string, unknown>, bytes: number): string {
  return JSON.stringify({ ...doc, notes: 'x'.repeat(bytes) });
}

/** A catalogue service an editor may write, with `extra` fields over it. */
function service(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    _id: `service:matrix-${Math.random().toString(36).slice(2, 10)}`,
    type: 'service',
    name: 'Pečovatelská služba (test)',
    provider: { name: 'Spolek (test)' },
    serviceType: { section: '40', name: 'Pečovatelská služba' },
    updatedAt: '2026-12-07T10:00:00.000Z',
    ...extra,
  });
}

const JS = 'javascript:alert(document.cookie)';

function deeplyNested(depth: number): string {
  return `{"_id":"deep-${Date.now()}","type":"meeting","deep":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

const ROWS: Row[] = [
  // Server-wide endpoints: admins only, like Apache CouchDB 3's _all_dbs.
  {
    case: 'list databases',
    actor: 'anonymous',
    method: 'GET',
    path: '/_all_dbs',
    expected: REFUSED,
  },
  { case: 'list databases', actor: 'member', method: 'GET', path: '/_all_dbs', expected: REFUSED },
  { case: 'list databases', actor: 'admin', method: 'GET', path: '/_all_dbs', expected: [200] },
  {
    case: 'cluster membership',
    actor: 'anonymous',
    method: 'GET',
    path: '/_membership',
    expected: REFUSED,
  },
  {
    case: 'cluster membership',
    actor: 'member',
    method: 'GET',
    path: '/_membership',
    expected: REFUSED,
  },
  { case: 'uuids', actor: 'anonymous', method: 'GET', path: '/_uuids', expected: REFUSED },
  { case: 'uuids', actor: 'member', method: 'GET', path: '/_uuids', expected: REFUSED },
  { case: 'uuids', actor: 'admin', method: 'GET', path: '/_uuids', expected: [200] },
  // Indexes and design documents are made by admins (they run on the server for everyone).
  {
    case: 'create a Mango index',
    actor: 'member',
    method: 'POST',
    path: '/{group}/_index',
    body: () => JSON.stringify({ index: { fields: ['type'] }, name: 'by-type' }),
    expected: REFUSED,
  },
  {
    case: 'write a design document',
    actor: 'member',
    method: 'PUT',
    path: '/{group}/_design/mine',
    body: () => JSON.stringify({ views: { all: { map: 'function (doc) { emit(doc._id); }' } } }),
    expected: REFUSED,
  },
  // _local documents are checkpoints: small.
  {
    case: 'a checkpoint-sized _local document',
    actor: 'member',
    method: 'PUT',
    path: '/{group}/_local/matrix-small',
    body: () => JSON.stringify({ last_seq: '1-abc', history: [] }),
    expected: [201],
  },
  {
    case: 'a 5 MB _local document',
    actor: 'member',
    method: 'PUT',
    path: '/{group}/_local/matrix-big',
    body: () => JSON.stringify({ data: 'x'.repeat(5 * MB) }),
    expected: [413],
  },
  // Sizes: 8 MB per document, 16 MB per _bulk_docs batch.
  {
    case: 'a 9 MB document',
    actor: 'member',
    method: 'PUT',
    path: '/{group}/meeting:oversize',
    body: () => padded(meeting('oversize', 'x'), 9 * MB),
    expected: [413],
  },
  {
    case: 'a 17 MB _bulk_docs batch',
    actor: 'member',
    method: 'POST',
    path: '/{group}/_bulk_docs',
    body: () => JSON.stringify({ docs: [JSON.parse(padded(meeting('bulk', 'x'), 17 * MB))] }),
    expected: [413],
  },
  // Catalogue links: only schemes that fit (https/http, tel, mailto), checked by CouchDB too.
  ...[
    ['provider.web', { provider: { name: 'Spolek (test)', web: JS } }],
    ['contacts.webs', { contacts: { webs: [{ value: JS }] } }],
    ['contacts.phones', { contacts: { phones: [{ value: JS }] } }],
    ['contacts.emails', { contacts: { emails: [{ value: JS }] } }],
  ].map(([field, extra]): Row => ({
    case: `javascript: in ${String(field)}`,
    actor: 'editor',
    method: 'POST',
    path: '/catalog',
    body: () => service(extra as Record<string, unknown>),
    expected: [403],
  })),
  {
    case: 'https, tel and mailto contacts',
    actor: 'editor',
    method: 'POST',
    path: '/catalog',
    body: () =>
      service({
        provider: { name: 'Spolek (test)', web: 'https://spolek.example.cz' },
        contacts: {
          webs: [{ value: 'www.spolek.example.cz' }],
          phones: [{ value: 'tel:+420380123456' }],
          emails: [{ value: 'mailto:info@spolek.example.cz' }],
        },
      }),
    expected: [201],
  },
  // Malformed requests answer 400, never 500.
  {
    case: '100,000 nested arrays',
    actor: 'member',
    method: 'PUT',
    path: '/{group}/deep',
    body: () => deeplyNested(100_000),
    // Apache CouchDB parses it and its validation refuses the document (403); the embedded
    // server cannot copy it (400). Was a 500 with "Maximum call stack size exceeded".
    expected: [400, 403],
  },
  {
    case: 'open_revs=bad',
    actor: 'member',
    method: 'GET',
    path: '/{group}/meeting:any?open_revs=bad',
    expected: [400],
  },
];

describe('access matrix: requests', () => {
  let server: TestServer;
  const orp = uniqueOrp();
  const who: Partial<Record<Actor, Who>> = {};

  beforeAll(async () => {
    server = await startTestServer();
    await admin(server, 'orp', 'add', orp, 'Testovací ORP');
    await admin(server, 'group', 'add', orp, 'a', 'PS A');
    const name = uniqueName('member');
    await createUser(server, name, 'matrix-password', [`orp:${orp}:group:a`, `orp:${orp}:member`]);
    who.member = { name, password: 'matrix-password' };
    const editor = uniqueName('editor');
    await createUser(server, editor, 'matrix-password', ['catalog:editor']);
    who.editor = { name: editor, password: 'matrix-password' };
    who.admin = { name: server.admin.user, password: server.admin.password };
  });

  afterAll(async () => {
    await server?.stop();
  });

  /**
   * One request over node:http: a server that refuses a large body early closes the connection
   * while the body is still being sent, and fetch reports that as an error instead of the answer.
   */
  function send(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const request = http.request(new URL(`${server.baseUrl}/db${path}`), {
        method,
        headers: {
          ...headers,
          ...(body === undefined
            ? {}
            : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }),
        },
      });
      let answered = false;
      request.on('response', (response) => {
        answered = true;
        let text = '';
        response.setEncoding('utf8').on('data', (c: string) => (text += c));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      request.on('error', (error) => {
        if (!answered) reject(error);
      });
      if (body === undefined || body.length <= MB) {
        request.end(body);
        return;
      }
      // A large body: the first megabyte, then the rest only if no answer came meanwhile (a
      // refusal must come from the headers, before the body is read).
      const bytes = Buffer.from(body);
      request.write(bytes.subarray(0, MB));
      setTimeout(() => {
        if (!answered) request.end(bytes.subarray(MB));
      }, 3_000);
    });
  }

  it.each(ROWS)('$actor — $case ($method $path): $expected', async (row) => {
    const path = row.path.replace('{group}', `orp-${orp}-group-a`);
    const user = who[row.actor];
    const headers: Record<string, string> = user
      ? { Authorization: basicAuth(user.name, user.password) }
      : {};
    const { status, text } = await send(row.method, path, headers, row.body?.());
    expect(row.expected, `${status} ${text.slice(0, 200)}`).toContain(status);
    if (status >= 400) expect(text, 'a JSON reason, never a stack trace').toMatch(/^\s*\{/);
  });

  /** Sends headers and the first part of a large body, then waits for the answer. */
  function partialUpload(
    headers: Record<string, string>,
    declared: number,
    method = 'PUT',
  ): Promise<{ status: number; ms: number; body: string }> {
    const url = new URL(`${server.baseUrl}/db/catalog/${uniqueName('service:huge')}`);
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const request = http.request(url, {
        method,
        headers: { 'Content-Type': 'application/json', 'Content-Length': declared, ...headers },
      });
      request.on('response', (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (c: string) => (body += c));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, ms: Date.now() - started, body }),
        );
      });
      request.on('error', reject);
      // Only 1 MB of the declared size: a server that waits for the body never answers.
      request.write('{"x":"' + 'x'.repeat(MB));
    });
  }

  it('refuses an anonymous 50 MB write at once, without reading its body', async () => {
    const answer = await partialUpload({}, 50 * MB);
    expect(answer.status).toBe(401);
    expect(answer.ms).toBeLessThan(5_000);
    expect(answer.body).toMatch(/ \/ /);
  });

  it("refuses a member's 50 MB write with 413 at once", async () => {
    const member = who.member!;
    const answer = await partialUpload(
      { Authorization: basicAuth(member.name, member.password) },
      50 * MB,
    );
    expect(answer.status).toBe(413);
    expect(answer.ms).toBeLessThan(5_000);
  });

  it('answers 400 to a malformed % escape in a calendar feed address', async () => {
    const response = await fetch(`${server.baseUrl}/api/calendar/%E0%A4%A.ics`);
    expect(response.status).toBe(400);
  });
});
