import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, REPO_ROOT, startTestServer, type TestServer } from '../support/server';
import { docsWithPrefix, getDoc, purgePrefix, putDoc, revisions, runCli } from './run-cli';

const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/rpss/rpss.json');
const CODELISTS = path.join(REPO_ROOT, 'tests/fixtures/rpss/codelists');
const PREFIX = 'service:rpss-';
const CLI = 'import-rpss.cli.ts';

interface Service {
  _id: string;
  _rev: string;
  name: string;
  status?: string;
  removed?: { reason: string };
  provider: { ico?: string };
  lifeSituations?: string[];
  plainDescription?: string;
  forms?: { capacities?: { max: number; kind: string }[] }[];
  locations?: { addressWithheld?: boolean; address?: unknown }[];
}

let server: TestServer;
let tmp: string;

beforeAll(async () => {
  server = await startTestServer();
  tmp = await makeTempDir('rozcestnik-rpss-');
  await purgePrefix(server, PREFIX);
});

afterAll(async () => {
  await server?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function fixtureVariant(name: string, edit: (items: Record<string, unknown>[]) => void) {
  const data = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
    polozky: Record<string, unknown>[];
  };
  edit(data.polozky);
  const file = path.join(tmp, name);
  await writeFile(file, JSON.stringify(data));
  return file;
}

describe('npm run import:rpss against the running server', () => {
  it('imports the file: registry services appear, the unknown type is reported by name', async () => {
    const result = await runCli(server, CLI, [FIXTURE, '--codelists', CODELISTS]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('added: 6');
    expect(result.stdout).toContain('DruhSocialniSluzby/98 "zcela nový druh služby"');
    expect(result.stdout).toContain('CilovaSkupinaOsoby/999');

    const ids = [...(await revisions(server, PREFIX)).keys()].sort();
    // 1000003 ended before we ever saw it and 1000005 has an unknown type: neither is created.
    expect(ids).toEqual(
      ['1000001', '1000002', '1000004', '1000006', '1000007', '1000008'].map((i) => PREFIX + i),
    );
    const home = await getDoc<Service>(server, `${PREFIX}1000001`);
    expect(home.provider.ico).toBe('00070886');
    expect(home.forms?.[0]?.capacities?.[0]).toMatchObject({ kind: 'registered-maximum', max: 32 });
  });

  it('never stores personal data or a secret address', async () => {
    const stored = JSON.stringify(await docsWithPrefix(server, PREFIX));
    for (const secret of [
      'Statutární-Tajný',
      'Předsedová-Tajná',
      'Tajná-Vedoucí',
      'statutarniOrgany',
      'vedouci',
      'Tajná',
      '98765432',
      'registr.example',
    ]) {
      expect(stored).not.toContain(secret);
    }
    const shelter = await getDoc<Service>(server, `${PREFIX}1000002`);
    expect(shelter.locations).toEqual([{ addressWithheld: true }]);
  });

  it('a second run of the same file changes nothing', async () => {
    const before = await revisions(server, PREFIX);
    const result = await runCli(server, CLI, [FIXTURE, '--codelists', CODELISTS]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/added: 0\nchanged: 0\nremoved: 0 /);
    expect(await revisions(server, PREFIX)).toEqual(before);
  });

  it('a truncated file fails with one clear sentence and changes nothing', async () => {
    const text = await readFile(FIXTURE, 'utf8');
    const truncated = path.join(tmp, 'truncated.json');
    await writeFile(truncated, text.slice(0, Math.floor(text.length * 0.6)));
    const before = await revisions(server, PREFIX);
    const result = await runCli(server, CLI, [truncated, '--codelists', CODELISTS]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not valid JSON or is truncated/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(await revisions(server, PREFIX)).toEqual(before);
  });

  it('a file that is not in the registry format is refused', async () => {
    const wrong = path.join(tmp, 'wrong.json');
    await writeFile(wrong, JSON.stringify({ items: [] }));
    const result = await runCli(server, CLI, [wrong]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does not match the registry format');
  });

  it('a changed file updates what changed, keeps local edits, tombstones what vanished', async () => {
    // An editor curates the home for the elderly.
    const home = await getDoc<Service & Record<string, unknown>>(server, `${PREFIX}1000001`);
    await putDoc(server, {
      ...home,
      name: 'Domov Fixturov (název upravený editorem)',
      plainDescription: 'Domov pro seniory, kteří už doma nezvládnou být sami.',
      lifeSituations: ['hledam-domov-pro-seniory'],
    });
    const changed = await fixtureVariant('changed.json', (items) => {
      const first = items[0] as { formy: { kapacity: { pocet: number }[] }[] };
      first.formy[0]!.kapacity[0]!.pocet = 40;
      // 1000004 disappears from the registry.
      items.splice(3, 1);
    });

    // Dry run: counts, nothing written.
    const before = await revisions(server, PREFIX);
    const dry = await runCli(server, CLI, [
      changed,
      '--codelists',
      CODELISTS,
      '--dry-run',
      '--force',
    ]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run');
    expect(dry.stdout).toMatch(/added: 0\nchanged: 1\nremoved: 1 /);
    expect(await revisions(server, PREFIX)).toEqual(before);

    // 1 of 6 registry services removed is over 5 %: refused without --force.
    const refused = await runCli(server, CLI, [changed, '--codelists', CODELISTS]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect(await revisions(server, PREFIX)).toEqual(before);

    const forced = await runCli(server, CLI, [changed, '--codelists', CODELISTS, '--force']);
    expect(forced.code).toBe(0);
    const after = await getDoc<Service>(server, `${PREFIX}1000001`);
    expect(after.forms?.[0]?.capacities?.[0]?.max).toBe(40);
    expect(after.name).toBe('Domov Fixturov (název upravený editorem)');
    expect(after.plainDescription).toContain('nezvládnou');
    expect(after.lifeSituations).toEqual(['hledam-domov-pro-seniory']);
    const gone = await getDoc<Service>(server, `${PREFIX}1000004`);
    expect(gone.status).toBe('removed');
    expect(gone.removed?.reason).toBe('disappeared');
  });

  it('a service whose end date passed gets an ended tombstone', async () => {
    const ended = await fixtureVariant('ended.json', (items) => {
      (items[5] as { datumPoskytovaniDo: string }).datumPoskytovaniDo = '2021-01-31';
    });
    const result = await runCli(server, CLI, [ended, '--codelists', CODELISTS, '--force']);
    expect(result.code).toBe(0);
    const club = await getDoc<Service>(server, `${PREFIX}1000006`);
    expect(club.status).toBe('removed');
    expect(club.removed?.reason).toBe('ended');
  });
});
