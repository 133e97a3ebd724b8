import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, startTestCouch, type TestCouch } from './embedded-couch.helper';

const COUNTER = fileURLToPath(new URL('./fs-walk-counter.mjs', import.meta.url));

// With 200 members syncing (npm run bench:sync) the embedded server answers thousands of
// signed-in requests a minute. Unpatched, express-pouchdb's disk-size module made each of them
// walk the `_users` LevelDB directory: pouchdb-auth calls `_users` info() per request and
// pouchdb-size adds disk_size to info() with a recursive readdir + lstat.
describe('embedded CouchDB per-request work', () => {
  let t: TestCouch;
  let walkDir: string;
  let walkLog: string;

  beforeAll(async () => {
    walkDir = await mkdtemp(path.join(tmpdir(), 'rozcestnik-fs-walk-'));
    walkLog = path.join(walkDir, 'fs-walk.log');
    // The child inherits our environment when it is forked; restore ours right after.
    const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, FS_WALK_LOG: process.env.FS_WALK_LOG };
    process.env.NODE_OPTIONS = `${saved.NODE_OPTIONS ?? ''} --import ${COUNTER}`.trim();
    process.env.FS_WALK_LOG = walkLog;
    try {
      t = await startTestCouch();
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    const created = await t.admin('PUT', '/_users/org.couchdb.user:jana', {
      name: 'jana',
      password: 'jana-password',
      roles: [],
      type: 'user',
    });
    expect(created.status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await rm(walkDir, { recursive: true, force: true });
  });

  async function walks(): Promise<number> {
    const text = await readFile(walkLog, 'utf8').catch(() => '');
    return text.split('\n').filter(Boolean).length;
  }

  it('answers signed-in requests without walking the data directory', async () => {
    const session = await request(`${t.url}/_session`, 'POST', {
      name: 'jana',
      password: 'jana-password',
    });
    expect(session.status).toBe(200);
    const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^AuthSession=./);

    await writeFile(walkLog, '');
    for (let i = 0; i < 20; i++) {
      const reply = await request(`${t.url}/_session`, 'GET', undefined, { Cookie: cookie });
      expect(reply.body).toMatchObject({ userCtx: { name: 'jana' } });
    }
    expect(await walks()).toBe(0);
  });
});
