import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PouchDB from 'pouchdb-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCouch, type TestCouch } from './embedded-couch.helper';

const VALIDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  if (userCtx.roles.indexOf('orp:ck:coordinator') === -1) throw({ unauthorized: 'coordinators only' });
  if (!newDoc._deleted && typeof newDoc.type !== 'string') throw({ forbidden: 'type is required' });
}`;

describe('replication from a PouchDB client into the embedded CouchDB', () => {
  let t: TestCouch;
  let localDir: string;
  let local: PouchDB.Database;
  let remote: PouchDB.Database;

  beforeAll(async () => {
    t = await startTestCouch();
    localDir = await mkdtemp(path.join(tmpdir(), 'rozcestnik-pouch-'));
    expect((await t.admin('PUT', '/orp-ck-plan')).status).toBe(201);
    await t.admin('PUT', '/orp-ck-plan/_security', {
      admins: { names: [], roles: [] },
      members: { names: [], roles: ['orp:ck:coordinator'] },
    });
    await t.admin('PUT', '/orp-ck-plan/_design/validation', { validate_doc_update: VALIDATE });
    await t.admin('PUT', '/_users/org.couchdb.user:jana', {
      name: 'jana',
      password: 'jana-pass',
      roles: ['orp:ck:coordinator'],
      type: 'user',
    });
    local = new PouchDB(path.join(localDir, 'plan'));
    remote = new PouchDB(`${t.url}/orp-ck-plan`, {
      auth: { username: 'jana', password: 'jana-pass' },
      skip_setup: true,
    });
  });
  afterAll(async () => {
    await local?.close();
    await remote?.close();
    await t.close();
    await rm(localDir, { recursive: true, force: true });
  });

  it('pushes revisions 1, 2 and 3 of an edited document and the server keeps each edit', async () => {
    const first = await local.put({ _id: 'measure-1', type: 'measure', title: 'Senioři v1' });
    let result = await local.replicate.to(remote);
    expect(result.docs_written).toBe(1);
    expect((await t.admin('GET', '/orp-ck-plan/measure-1')).body).toMatchObject({
      _rev: first.rev,
    });

    let rev = first.rev;
    for (const version of [2, 3]) {
      const edit = await local.put({
        _id: 'measure-1',
        _rev: rev,
        type: 'measure',
        title: `Senioři v${version}`,
      });
      rev = edit.rev;
      result = await local.replicate.to(remote);
      expect(result.doc_write_failures).toBe(0);
      const stored = await t.admin('GET', '/orp-ck-plan/measure-1');
      expect(stored.body).toMatchObject({ _rev: rev, title: `Senioři v${version}` });
      expect(rev.startsWith(`${version}-`)).toBe(true);
    }
  });

  it('still enforces validate_doc_update on replicated documents', async () => {
    await local.put({ _id: 'untyped', title: 'no type' });
    const result = await local.replicate.to(remote);
    expect(result.doc_write_failures).toBe(1);
    expect((await t.admin('GET', '/orp-ck-plan/untyped')).status).toBe(404);
    await local.remove(await local.get('untyped'));
  });

  it('pushes 1,000 documents', async () => {
    const docs = Array.from({ length: 1000 }, (_, i) => ({
      _id: `activity-${String(i).padStart(4, '0')}`,
      type: 'activity',
      title: `Aktivita ${i}`,
      text: 'Popis aktivity pro pracovní skupinu. '.repeat(30),
    }));
    await local.bulkDocs(docs);
    const started = Date.now();
    const result = await local.replicate.to(remote, { batch_size: 100 });
    console.log(`[measure] pushed 1,000 docs (~1.2 KB) in ${Date.now() - started} ms`);
    expect(result.doc_write_failures).toBe(0);
    const info = (await t.admin('GET', '/orp-ck-plan')).body as { doc_count: number };
    expect(info.doc_count).toBe(1000 + 2); // plus measure-1 and the design document
  });
});
