/**
 * npm run bench:import — imports 10,000 registry-format records into a real running server
 * (embedded by default, Apache CouchDB when COUCHDB_URL is set) and reports wall time and the
 * peak resident memory of the importing process. Writes bench-results/import.json.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSettings } from '../sync-server/src/config/settings';
import { importRpss } from '../sync-server/src/import/rpss/rpss-import.service';
import { connectToCouch } from '../sync-server/src/services/couch-runtime.service';
import {
  makeTempDir,
  REPO_ROOT,
  serverEnv,
  startTestServer,
} from '../tests/integration/support/server';
import { writeCodeLists, writeRpssFile } from './rpss-records.generator';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);

async function main(): Promise<void> {
  const tmp = await makeTempDir('rozcestnik-bench-');
  const file = path.join(tmp, 'rpss.json');
  const codeLists = path.join(tmp, 'codelists');
  await writeRpssFile(file, RECORDS);
  await writeCodeLists(codeLists);
  const server = await startTestServer();
  try {
    const { client } = await connectToCouch(loadSettings(serverEnv(server.dataDir)));
    const started = performance.now();
    const first = await importRpss(client, { file, codeListsDir: codeLists });
    const seconds = (performance.now() - started) / 1000;
    const again = performance.now();
    const second = await importRpss(client, { file, codeListsDir: codeLists });
    const rerunSeconds = (performance.now() - again) / 1000;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const result = {
      records: RECORDS,
      seconds: Math.round(seconds * 100) / 100,
      peak_rss_mb: Math.round(peakRssMb * 10) / 10,
      records_per_second: Math.round(RECORDS / seconds),
      written: first.written,
      rerun_seconds: Math.round(rerunSeconds * 100) / 100,
      rerun_written: second.written,
      database: process.env.COUCHDB_URL ? 'Apache CouchDB' : 'embedded',
      node: process.version,
    };
    console.table([result]);
    const outDir = path.join(REPO_ROOT, 'bench-results');
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, 'import.json'), JSON.stringify(result, null, 2) + '\n');
  } finally {
    await server.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
