import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFetch, adminGetJson } from '../support/couch';
import { externalCouchUrl, makeTempDir, startTestServer, type TestServer } from '../support/server';

interface Security {
  admins?: { names?: string[]; roles?: string[] };
  members?: { names?: string[]; roles?: string[] };
}
interface AllDocs {
  rows: { id: string; value: { rev: string } }[];
}

const databases = externalCouchUrl ? ['_users', '_replicator', 'catalog'] : ['_users', 'catalog'];

async function snapshot(server: TestServer) {
  const security: Record<string, Security> = {};
  for (const db of databases)
    security[db] = await adminGetJson<Security>(server, `/${db}/_security`);
  const ddoc = await adminGetJson<{ _rev: string; validate_doc_update: string }>(
    server,
    '/catalog/_design/validation',
  );
  const docs = await adminGetJson<AllDocs>(server, '/catalog/_all_docs');
  return { security, ddoc, docs };
}

describe('provisioning', () => {
  let dataDir: string;
  let server: TestServer | undefined;
  let first: Awaited<ReturnType<typeof snapshot>>;
  const deletedDemoId = { id: '', rev: '' };
  /** The demo service this file deletes, put back at the end: a shared CouchDB keeps data. */
  let restore: Record<string, unknown> | undefined;
  const keptDocId = `service:test-survives-${Date.now()}`;

  beforeAll(async () => {
    dataDir = await makeTempDir();
    server = await startTestServer({ dataDir });
    first = await snapshot(server);
  });

  afterAll(async () => {
    if (server && restore) {
      const { _rev: _ignored, ...doc } = restore;
      await adminFetch(server, `/catalog/${encodeURIComponent(deletedDemoId.id)}`, {
        method: 'PUT',
        body: JSON.stringify(doc),
      });
    }
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('gives every database an explicit, non-empty _security that denies by default', () => {
    for (const db of databases) {
      const security = first.security[db];
      expect(security?.admins?.roles, db).toContain('_admin');
    }
    // _users is admins-only: no anonymous sign-up, no reading other accounts.
    expect(first.security._users?.members?.roles).toEqual(['_admin']);
    // The catalogue is public to read; validate_doc_update decides who writes.
    expect(first.security.catalog?.members).toEqual({ names: [], roles: [] });
  });

  it('installs validate_doc_update bundled from the shared validation module', () => {
    expect(first.ddoc.validate_doc_update).toMatch(/^function \(newDoc, oldDoc, userCtx, secObj\)/);
    expect(first.ddoc.validate_doc_update).toContain('validateDocUpdate');
  });

  it('loads the demo catalogue on first start', () => {
    const services = first.docs.rows.filter((row) => row.id.startsWith('service:'));
    expect(services.length).toBeGreaterThan(0);
  });

  it('anonymous visitors cannot create accounts in _users', async () => {
    if (!server) throw new Error('server not started');
    const name = `anon-signup-${Date.now()}`;
    const id = `org.couchdb.user:${name}`;
    const response = await fetch(`${server.baseUrl}/db/_users/${encodeURIComponent(id)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ _id: id, name, password: 'x', roles: ['_admin'], type: 'user' }),
    });
    expect([401, 403]).toContain(response.status);
    expect((await adminFetch(server, `/_users/${encodeURIComponent(id)}`)).status).toBe(404);
  });

  it('a second start changes nothing, keeps data and does not bring back deleted demo docs', async () => {
    if (!server) throw new Error('server not started');
    // A person deletes one demo service and adds a document of their own.
    const demo = first.docs.rows.find((row) => row.id.startsWith('service:demo-'));
    if (!demo) throw new Error('no demo service');
    Object.assign(deletedDemoId, { id: demo.id, rev: demo.value.rev });
    const template = await adminGetJson<Record<string, unknown>>(
      server,
      `/catalog/${encodeURIComponent(demo.id)}`,
    );
    restore = template;
    const deleted = await adminFetch(
      server,
      `/catalog/${encodeURIComponent(demo.id)}?rev=${demo.value.rev}`,
      { method: 'DELETE' },
    );
    expect(deleted.status).toBeLessThan(300);
    // A copy of a demo service stays valid whatever fields the catalogue schema grows.
    const created = await adminFetch(server, `/catalog/${encodeURIComponent(keptDocId)}`, {
      method: 'PUT',
      body: JSON.stringify({ ...template, _id: keptDocId, _rev: undefined }),
    });
    expect(created.status).toBe(201);
    const before = await snapshot(server);

    await server.stop();
    server = await startTestServer({ dataDir });
    const after = await snapshot(server);

    expect(after.security).toEqual(before.security);
    expect(after.ddoc._rev).toBe(before.ddoc._rev);
    expect(after.docs.rows).toEqual(before.docs.rows);
    expect(after.docs.rows.map((row) => row.id)).not.toContain(deletedDemoId.id);
    expect(after.docs.rows.map((row) => row.id)).toContain(keptDocId);
  });
});
