/**
 * Issue 13, defect 7: demo data is a choice. DEMO_DATA=off starts with the reference data
 * (taxonomies, life situations, territory) and nothing fictional; `npm run admin --
 * remove-demo` takes demo data out of a server that has it, keeping any demo ORP that people
 * used for real. On the embedded server, where the demo is on by default: removing demo data
 * from a shared Apache CouchDB would take it from the other tests that run against it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { adminFetch, adminGetJson } from '../support/couch';
import { externalCouchUrl, startTestServer, type TestServer } from '../support/server';
import { meeting } from '../groups/group-support';
import { runCli } from '../import/run-cli';

const embeddedOnly = externalCouchUrl ? describe.skip : describe;

async function catalogIds(server: TestServer, prefix: string): Promise<string[]> {
  const q = `startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`;
  const body = await adminGetJson<{ rows: { id: string }[] }>(server, `/catalog/_all_docs?${q}`);
  return body.rows.map((row) => row.id);
}

async function exists(server: TestServer, pathname: string): Promise<boolean> {
  const response = await adminFetch(server, pathname);
  await response.body?.cancel();
  return response.ok;
}

embeddedOnly('demo data (DEMO_DATA, admin remove-demo)', () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop();
  });

  it('DEMO_DATA=off starts with reference data and no demo services, plans or accounts', async () => {
    const server = await startTestServer({ env: { DEMO_DATA: 'off' } });
    servers.push(server);
    expect(await catalogIds(server, 'service:demo-')).toEqual([]);
    expect(await catalogIds(server, 'planning-orp:')).toEqual([]);
    expect((await catalogIds(server, 'taxonomy')).length).toBeGreaterThan(0);
    expect(await exists(server, '/orp-ckrumlov-plan')).toBe(false);
    expect(await exists(server, '/orp-ckrumlov-surveys')).toBe(false);
    expect(await exists(server, '/_users/org.couchdb.user:ck-seniori')).toBe(false);
  });

  it('remove-demo removes the demo and keeps a demo ORP that people used', async () => {
    const server = await startTestServer();
    servers.push(server);
    expect((await catalogIds(server, 'service:demo-')).length).toBeGreaterThan(10);
    expect(await exists(server, '/_users/org.couchdb.user:ck-seniori')).toBe(true);
    const taxonomy = await catalogIds(server, 'taxonomy');
    expect(taxonomy.length).toBeGreaterThan(0);
    // Dačice's group wrote minutes of a real meeting: that ORP stays.
    const own = await adminFetch(server, '/orp-dacice-group-seniori/meeting:real-1', {
      method: 'PUT',
      body: JSON.stringify(meeting('real-1', 'dacice-seniori')),
    });
    expect(own.status).toBe(201);

    const result = await runCli(server, 'admin.cli.ts', ['remove-demo']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Removed \d+ demo services, \d+ demo plan documents/);

    expect(await catalogIds(server, 'service:demo-')).toEqual([]);
    expect(await catalogIds(server, 'taxonomy')).toEqual(taxonomy);
    expect(await exists(server, '/orp-ckrumlov-plan')).toBe(false);
    expect(await exists(server, '/orp-ckrumlov-group-seniori')).toBe(false);
    expect(await exists(server, '/orp-ckrumlov-surveys')).toBe(false);
    expect(await exists(server, '/orp-ckrumlov-survey-answers')).toBe(false);
    // Dačice stays, but its demo survey and generated answers go.
    expect(await exists(server, '/orp-dacice-surveys/survey:potrebnost-nove-sluzby')).toBe(false);
    expect(
      await exists(server, '/orp-dacice-survey-answers/answer:potrebnost-nove-sluzby:demo-0001'),
    ).toBe(false);
    expect(await catalogIds(server, 'planning-orp:ckrumlov')).toEqual([]);
    expect(await catalogIds(server, 'working-group:ckrumlov:')).toEqual([]);
    expect(await exists(server, '/_users/org.couchdb.user:ck-seniori')).toBe(false);
    expect(await exists(server, '/_users/org.couchdb.user:ck-koordinator')).toBe(false);
    expect(result.stdout).toContain("kept ORPs with people's own documents: dacice");
    expect(await exists(server, '/orp-dacice-group-seniori/meeting:real-1')).toBe(true);
    expect(await catalogIds(server, 'planning-orp:dacice')).toEqual(['planning-orp:dacice']);
    expect(await exists(server, '/_users/org.couchdb.user:dacice-seniori')).toBe(true);

    // Nothing left to remove.
    const again = await runCli(server, 'admin.cli.ts', ['remove-demo']);
    expect(again.stdout).toMatch(
      /^Removed 0 demo services, 0 demo plan documents, ORPs \[\], accounts \[\]; kept ORPs with people's own documents: dacice\.$/m,
    );
  });
});
