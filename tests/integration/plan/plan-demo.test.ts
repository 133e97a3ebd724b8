/**
 * The demo plans and meetings across restarts: loaded once per database, so a restart writes nothing, a
 * demo document a person deleted stays deleted, and the demo accounts keep their password.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adminFetch, adminGetJson } from '../support/couch';
import { makeTempDir, startTestServer, type TestServer } from '../support/server';

interface AllDocs {
  rows: { id: string; value: { rev: string } }[];
}

describe('demo plans across restarts', () => {
  let server: TestServer | undefined;
  let dataDir = '';

  afterAll(async () => {
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  // A shared Apache CouchDB keeps the demo (and this test's deletion) from earlier runs.
  it.skipIf(!!process.env.COUCHDB_URL)(
    'writes nothing on a second start and does not bring back a deleted demo document',
    async () => {
      dataDir = await makeTempDir();
      server = await startTestServer({ dataDir });
      const db = '/orp-ckrumlov-plan';
      const proposal = await adminGetJson<{ _rev: string }>(
        server,
        `${db}/${encodeURIComponent('measure:4.2')}`,
      );
      const deleted = await adminFetch(
        server,
        `${db}/${encodeURIComponent('measure:4.2')}?rev=${proposal._rev}`,
        { method: 'DELETE' },
      );
      expect(deleted.status).toBeLessThan(300);
      const before = await adminGetJson<AllDocs>(server, `${db}/_all_docs`);
      const groupDb = '/orp-ckrumlov-group-seniori';
      const meetingsBefore = await adminGetJson<AllDocs>(server, `${groupDb}/_all_docs`);
      expect(meetingsBefore.rows.map((row) => row.id)).toContain('meeting:demo-next');
      const accounts = path.join(dataDir, 'demo-accounts.json');
      const password = await readFile(accounts, 'utf8');

      await server.stop();
      server = await startTestServer({ dataDir });

      const after = await adminGetJson<AllDocs>(server, `${db}/_all_docs`);
      expect(after.rows).toEqual(before.rows);
      expect(after.rows.map((row) => row.id)).not.toContain('measure:4.2');
      // The demo meetings and roster are not written again (nor duplicated).
      expect((await adminGetJson<AllDocs>(server, `${groupDb}/_all_docs`)).rows).toEqual(
        meetingsBefore.rows,
      );
      expect(await readFile(accounts, 'utf8')).toBe(password);
    },
    180_000,
  );
});
