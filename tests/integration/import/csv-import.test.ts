import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startTestServer, type TestServer } from '../support/server';
import { getDoc, purgePrefix, revisions, runCli } from './run-cli';

let server: TestServer;
let tmp: string;

beforeAll(async () => {
  server = await startTestServer();
  tmp = await makeTempDir('rozcestnik-csv-');
  await purgePrefix(server, 'service:local-');
});

afterAll(async () => {
  await server?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const HEADER = 'name,provider_name,provider_ico,service_type,forms,municipality,phones';

describe('npm run import:csv / export:csv against the running server', () => {
  it('exports the local services and re-importing the export changes nothing', async () => {
    const file = path.join(tmp, 'export.csv');
    const exported = await runCli(server, 'export-csv.cli.ts', [file]);
    expect(exported.code).toBe(0);
    const csv = await readFile(file, 'utf8');
    expect(csv).toContain('(ukázka)');
    // Only the demo services: on a shared Apache CouchDB other test files' services are there too.
    const rows = parse(csv, { bom: true }) as string[][];
    const demo = rows.filter((row, i) => i === 0 || row.some((cell) => cell.includes('(ukázka)')));
    expect(demo.length).toBeGreaterThan(10);
    await writeFile(file, stringify(demo));
    const before = await revisions(server, 'service:');
    const again = await runCli(server, 'import-csv.cli.ts', [file]);
    expect(again.stderr).toBe('');
    expect(again.stdout).toMatch(/added: 0\nchanged: 0\n/);
    expect(await revisions(server, 'service:')).toEqual(before);
  });

  it('imports new rows', async () => {
    const file = path.join(tmp, 'new.csv');
    await writeFile(
      file,
      `${HEADER}\nPoradna pro seniory Slavonice,Spolek Test (ukázka),00012345,37,amb;ter,Slavonice,+420 384 000 111\n`,
    );
    const result = await runCli(server, 'import-csv.cli.ts', [file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('added: 1');
    const doc = await getDoc<{ provider: { ico: string }; serviceType: { section: string } }>(
      server,
      'service:local-poradna-pro-seniory-slavonice',
    );
    expect(doc.provider.ico).toBe('00012345');
    expect(doc.serviceType.section).toBe('37');
  });

  it('a file with a bad row imports nothing and names the row', async () => {
    const file = path.join(tmp, 'bad.csv');
    await writeFile(
      file,
      `${HEADER}\nDobrá služba,Spolek (ukázka),,40,ter,Dačice,\nŠpatná služba,Spolek (ukázka),,99,ter,Dačice,\n`,
    );
    const before = await revisions(server, 'service:');
    const result = await runCli(server, 'import-csv.cli.ts', [file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 row(s)');
    expect(result.stderr).toContain('row 3: service_type "99"');
    expect(await revisions(server, 'service:')).toEqual(before);
  });
});
