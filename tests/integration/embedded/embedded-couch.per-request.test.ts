import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, request, startTestCouch, type TestCouch } from './embedded-couch.helper';

const COUNTER = fileURLToPath(new URL('./work-counter.mjs', import.meta.url));

// With 200 members syncing (npm run bench:sync) the embedded server answers thousands of
// signed-in requests a minute and holds a live _changes feed open per member. Each case here
// was work per request that grew with the data directory or with the number of open feeds.
describe('embedded CouchDB per-request work', () => {
  let t: TestCouch;
  let workDir: string;
  let workLog: string;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'rozcestnik-work-'));
    workLog = path.join(workDir, 'work.log');
    // The child inherits our environment when it is forked; restore ours right after.
    const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, WORK_LOG: process.env.WORK_LOG };
    process.env.NODE_OPTIONS = `${saved.NODE_OPTIONS ?? ''} --import ${COUNTER}`.trim();
    process.env.WORK_LOG = workLog;
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
    expect((await t.admin('PUT', '/feeds')).status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  async function work(kind: RegExp): Promise<number> {
    const text = await readFile(workLog, 'utf8').catch(() => '');
    return text.split('\n').filter((line) => kind.test(line)).length;
  }

  // pouchdb-auth reads `_users` info() on every authenticated request, and express-pouchdb's
  // disk-size module made info() walk the database directory (readdir + lstat per file).
  it('answers signed-in requests without walking the data directory', async () => {
    const session = await request(`${t.url}/_session`, 'POST', {
      name: 'jana',
      password: 'jana-password',
    });
    expect(session.status).toBe(200);
    const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^AuthSession=./);

    await writeFile(workLog, '');
    for (let i = 0; i < 20; i++) {
      const reply = await request(`${t.url}/_session`, 'GET', undefined, { Cookie: cookie });
      expect(reply.body).toMatchObject({ userCtx: { name: 'jana' } });
    }
    expect(await work(/^(readdir|lstat) /)).toBe(0);
  });

  // pouchdb-node's LevelDB adapter woke every live feed of a database whenever a new one was
  // opened; express-pouchdb opens one per longpoll request, so N members cost N² queries.
  it('opens a live feed without waking the other feeds, which still see every change', async () => {
    const FEEDS = 30;
    const auth = { Authorization: basicAuth(t.adminUser, t.adminPassword) };
    const since = ((await t.admin('GET', '/feeds')).body as { update_seq: number }).update_seq;
    const controller = new AbortController();
    const open = async () => {
      const response = await fetch(`${t.url}/feeds/_changes?feed=longpoll&since=${since}`, {
        headers: auth,
        signal: controller.signal,
      });
      expect(response.status).toBe(200);
      return response;
    };
    try {
      const feeds: Response[] = [];
      for (let i = 0; i < FEEDS; i++) feeds.push(await open());
      // Let the last feed's own first query finish before counting.
      await new Promise((resolve) => setTimeout(resolve, 300));

      await writeFile(workLog, '');
      feeds.push(await open());
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Its own catch-up query and security check; not one per feed already open.
      expect(await work(/^iterator$/)).toBeLessThan(FEEDS / 3);

      expect((await t.admin('PUT', '/feeds/seen-by-all', { v: 1 })).status).toBe(201);
      const bodies = await Promise.all(feeds.map((feed) => feed.text()));
      for (const body of bodies) {
        expect(JSON.parse(body)).toMatchObject({ results: [{ id: 'seen-by-all' }] });
      }
    } finally {
      controller.abort();
    }
  });
});
