/**
 * `npm run import:plan` against the real server: the happy path, idempotent re-import, a dry
 * run, bad files that write nothing and exit 1 with one sentence; and the demo plan with its
 * demo accounts that `npm start` provisions.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminGetJson, basicAuth } from '../support/couch';
import { makeTempDir, REPO_ROOT, startTestServer, type TestServer } from '../support/server';
import { admin, putAs, uniqueOrp } from '../groups/group-support';
import { runCli, type CliResult } from '../import/run-cli';
import { priorityDoc } from '../../unit/lib/domain/plan/plan-fixtures';

const SAMPLES = path.join(REPO_ROOT, 'sync-server/src/import/plan/samples');

function importPlan(server: TestServer, ...args: string[]): Promise<CliResult> {
  return runCli(server, 'import-plan.cli.ts', args);
}

interface AllDocs {
  rows: { id: string; value: { rev: string } }[];
}

describe('npm run import:plan', () => {
  let server: TestServer;
  let tmp: string;
  const orp = uniqueOrp();
  const db = `orp-${orp}-plan`;
  const snapshot = async () =>
    (await adminGetJson<AllDocs>(server, `/${db}/_all_docs`)).rows
      .filter((r) => !r.id.startsWith('_design/'))
      .map((r) => `${r.id}@${r.value.rev}`);

  beforeAll(async () => {
    server = await startTestServer();
    tmp = await makeTempDir('rozcestnik-plan-import-');
    await admin(server, 'orp', 'add', orp, 'Testovací ORP');
    await admin(server, 'group', 'add', orp, 'seniori', 'PS senioři');
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('imports the JSON sample, then a re-import writes nothing', async () => {
    const first = await importPlan(server, path.join(SAMPLES, 'plan.sample.json'), '--orp', orp);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Import finished: 7 documents written to the plan of ${orp}.`);
    const stored = await snapshot();
    expect(stored).toHaveLength(7);
    const activity = await adminGetJson<{ texts: Record<string, unknown>; group: string }>(
      server,
      `/${db}/${encodeURIComponent('activity:1.1.1')}`,
    );
    expect(activity.group).toBe('seniori');
    expect(Object.keys(activity.texts)).toEqual(['2026', '2027']);

    const again = await importPlan(server, path.join(SAMPLES, 'plan.sample.json'), '--orp', orp);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('unchanged: 7');
    expect(await snapshot()).toEqual(stored);
  });

  it('imports the CSV sample; a dry run writes nothing', async () => {
    const before = await snapshot();
    const dry = await importPlan(
      server,
      path.join(SAMPLES, 'plan.sample.csv'),
      '--orp',
      orp,
      '--dry-run',
    );
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(await snapshot()).toEqual(before);
    const real = await importPlan(server, path.join(SAMPLES, 'plan.sample.csv'), '--orp', orp);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/added: 2\nchanged: \d+\n/);
  });

  it('refuses bad files with one sentence, per-field details, exit 1 and nothing written', async () => {
    const before = await snapshot();
    const sample = JSON.parse(await readFile(path.join(SAMPLES, 'plan.sample.json'), 'utf8'));
    sample.title = 'Změněný název';
    sample.priorities[0].measures[0].activities[1].group = 'neexistuje';
    sample.priorities[0].measures[0].activities[1].serviceIds = ['service:neni-v-katalogu'];
    sample.priorities[0].measures[0].activities[0].indicators[0].target = 'hodně';
    const bad = path.join(tmp, 'bad.json');
    const text = JSON.stringify(sample, null, 2);
    await writeFile(bad, text);
    const line = text.split('\n').findIndex((l) => l.includes('"number": "1.1.1"')) + 1;
    const result = await importPlan(server, bad, '--orp', orp);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe(`3 problem(s) in ${bad}, so nothing was imported.`);
    expect(lines).toContain(`  - activity 1.1.1 (line ${line}), target: must be a number`);
    expect(lines.some((l) => l.includes('group "neexistuje" is not a working group'))).toBe(true);
    expect(lines).toContain(
      '  - activity:1.1.2: service service:neni-v-katalogu is not in the catalogue',
    );
    expect(await snapshot()).toEqual(before);

    const notJson = path.join(tmp, 'broken.json');
    await writeFile(notJson, '{"title": ');
    const broken = await importPlan(server, notJson, '--orp', orp);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(
      /^The file .*broken\.json is not valid JSON .*nothing was imported\.\n$/,
    );

    const unknownOrp = await importPlan(
      server,
      path.join(SAMPLES, 'plan.sample.json'),
      '--orp',
      'nikde',
    );
    expect(unknownOrp.code).toBe(1);
    expect(unknownOrp.stderr).toBe(
      'Unknown ORP "nikde"; add it first with npm run admin -- orp add nikde NAME.\n',
    );

    const usage = await importPlan(server);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toMatch(/^Give exactly one plan file/);
    expect(await snapshot()).toEqual(before);
  });

  it('provisions the demo plan of Český Krumlov and demo accounts that can read it', async () => {
    const plan = await adminGetJson<AllDocs>(server, '/orp-ckrumlov-plan/_all_docs');
    expect(plan.rows.length).toBeGreaterThan(50);
    for (const group of ['seniori', 'rodina', 'krize']) {
      const security = await adminGetJson<{ members: { roles: string[] } }>(
        server,
        `/orp-ckrumlov-group-${group}/_security`,
      );
      expect(security.members.roles).toContain(`orp:ckrumlov:group:${group}`);
    }
    const file = path.join(server.dataDir, 'demo-accounts.json');
    if (process.env.COUCHDB_URL) return; // demo accounts exist on the embedded server only
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const { password } = JSON.parse(await readFile(file, 'utf8')) as { password: string };
    expect(server.output().stdout).not.toContain(password);
    const member = { name: 'ck-seniori', password };
    const read = await fetch(`${server.baseUrl}/db/orp-ckrumlov-plan/plan`, {
      headers: { Authorization: basicAuth(member.name, password) },
    });
    expect(read.status).toBe(200);
    const write = await putAs(server, member, 'orp-ckrumlov-plan', priorityDoc('9', 'ck-seniori'));
    expect([401, 403]).toContain(write.status);
  });
});
