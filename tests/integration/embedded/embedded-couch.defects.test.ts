import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestCouch, unhandledRejections, type TestCouch } from './embedded-couch.helper';

// Each case here crashed, hung or silently lost data on unpatched express-pouchdb 4.2.0
// (see patches/ and /work/shared/design/embedded-server.md).
const VALIDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  if (!newDoc._deleted && typeof newDoc.type !== 'string') throw({ forbidden: 'type is required' });
}`;

describe('embedded CouchDB defect fixes', () => {
  let t: TestCouch;
  beforeAll(async () => {
    t = await startTestCouch();
    expect((await t.admin('PUT', '/plan')).status).toBe(201);
    await t.admin('PUT', '/plan/_security', {
      admins: { names: [], roles: [] },
      members: { names: [], roles: ['orp:ck:coordinator'] },
    });
    await t.admin('PUT', '/plan/_design/validation', { validate_doc_update: VALIDATE });
    expect((await t.admin('PUT', '/plan/measure-1', { type: 'measure', v: 1 })).status).toBe(201);
  });
  afterAll(async () => {
    await t.close();
  });

  // The server must still answer, including a database read (a poisoned lock hangs those).
  afterEach(async () => {
    expect((await t.anon('GET', '/')).status).toBe(200);
    expect((await t.admin('GET', '/plan/measure-1')).status).toBe(200);
    expect(await unhandledRejections(t.dataDir)).toBe(0);
    expect(t.exits).toEqual([]);
  });

  it('(1) stores a replicated edit (new_edits:false) when a validate_doc_update exists', async () => {
    const current = (await t.admin('GET', '/plan/measure-1')).body as { _rev: string };
    const [, hash1] = current._rev.split('-');
    const written = await t.admin('POST', '/plan/_bulk_docs', {
      new_edits: false,
      docs: [
        {
          _id: 'measure-1',
          _rev: '2-0123456789abcdef0123456789abcdef',
          _revisions: { start: 2, ids: ['0123456789abcdef0123456789abcdef', hash1] },
          type: 'measure',
          v: 2,
        },
      ],
    });
    expect(written.status).toBe(201);
    const stored = await t.admin('GET', '/plan/measure-1');
    expect(stored.body).toMatchObject({ _rev: '2-0123456789abcdef0123456789abcdef', v: 2 });

    // Validation still applies on the replication path.
    const refused = await t.admin('POST', '/plan/_bulk_docs', {
      new_edits: false,
      docs: [{ _id: 'bad', _rev: '1-aa', _revisions: { start: 1, ids: ['aa'] } }],
    });
    expect(refused.body).toEqual([expect.objectContaining({ id: 'bad', error: 'forbidden' })]);
    expect((await t.admin('GET', '/plan/bad')).status).toBe(404);
  });

  it('(2) answers an anonymous PUT /<db> with 401 and keeps serving', async () => {
    for (let i = 0; i < 2; i++) {
      const reply = await t.anon('PUT', '/sneaky');
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ error: 'unauthorized' });
    }
    expect((await t.admin('GET', '/sneaky')).status).toBe(404);
  });

  it('(3) answers an anonymous DELETE /<db> with 401, keeps the database and serves later requests', async () => {
    for (let i = 0; i < 2; i++) {
      expect((await t.anon('DELETE', '/plan')).status).toBe(401);
      const write = await t.admin('PUT', `/plan/after-delete-${i}`, { type: 'note' });
      expect(write.status).toBe(201);
    }
    const created = await t.admin('PUT', '/another');
    expect(created.status).toBe(201);
  });

  it('(4) answers _changes with a missing filter with 404 for every feed', async () => {
    for (const feed of ['normal', 'longpoll', 'continuous']) {
      const reply = await t.admin('GET', `/plan/_changes?feed=${feed}&filter=nope/missing`);
      expect(reply.status, feed).toBe(404);
    }
  });

  it('refuses an anonymous continuous _changes on a members-only database instead of hanging', async () => {
    const reply = await t.anon('GET', '/plan/_changes?feed=continuous');
    expect(reply.status).toBe(401);
  });

  it('answers malformed bodies and parameters with a 400 in JSON, never a stack trace', async () => {
    const cases: [string, string, unknown][] = [
      ['POST', '/plan/_bulk_docs', '{"docs":[{'],
      ['POST', '/plan/_bulk_docs', { docs: 5 }],
      ['POST', '/plan/_bulk_docs', { docs: [5] }],
      ['POST', '/plan/_bulk_get', { docs: 'x' }],
      ['POST', '/plan/_revs_diff', { 'measure-1': 5 }],
      ['POST', '/plan/_revs_diff', { 'measure-1': [5] }],
      ['GET', '/plan/_changes?descending=5', undefined],
      ['GET', '/plan/_changes?style=x', undefined],
      ['GET', '/plan/_changes?limit=-5', undefined],
      ['GET', '/plan/_changes?feed=longpoll&heartbeat=abc', undefined],
    ];
    for (const [method, url, body] of cases) {
      const reply = await t.admin(method, url, body);
      expect(reply.status, `${method} ${url}`).toBe(400);
      expect(reply.body, `${method} ${url}`).toMatchObject({ error: 'bad_request' });
      expect(JSON.stringify(reply.body)).not.toMatch(/\bat .*\.js:\d+/);
    }
  });
});
