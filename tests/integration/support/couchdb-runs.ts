/**
 * `npm run test:couchdb`: the integration suite against Apache CouchDB 3.
 *
 * - COUCHDB_URL (+ COUCHDB_USER, COUCHDB_PASSWORD) set: one run against that server.
 * - Unset: starts the release build in `../shared/couchdb` (COUCHDB_SHARED_DIR overrides) twice,
 *   one node and then a three-node cluster, each in a fresh temp directory (the shared folder
 *   may be read-only: `couchdb.sh` unpacks its tarball into the directory it is given), runs the
 *   suite on each, and stops each server afterwards, also when the suite fails or the run is
 *   interrupted.
 *
 * Arguments are passed on to vitest (`npm run test:couchdb -- tests/integration/plan` runs one
 * folder). `tests/integration/embedded/` is left out of these runs: it starts the embedded server itself
 * and never reads COUCHDB_URL, so `npm test` already covers it. Ends with a table of counts and
 * durations per server; exits non-zero when any run failed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHARED = path.resolve(
  process.env.COUCHDB_SHARED_DIR ?? path.join(REPO_ROOT, '../shared/couchdb'),
);
const SCRIPT = path.join(SHARED, 'couchdb.sh');
const ONLY_EMBEDDED = 'tests/integration/embedded/**';

type Mode = 'start' | 'cluster';
const LABEL: Record<Mode, string> = { start: 'one node', cluster: 'three-node cluster' };

interface Outcome {
  server: string;
  passed: number;
  failed: number;
  /** Test files that failed outside any test (e.g. set-up), whose tests count as skipped. */
  failedFiles: number;
  skipped: number;
  seconds: number;
  ok: boolean;
}

/** Whether nothing listens on `port` on loopback. */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * A base port whose neighbours are free too: a cluster listens on PORT..PORT+2 and its nodes
 * talk to each other on PORT+100..PORT+102 (couchdb.sh).
 */
async function freeBasePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 20_000);
    const ports = [0, 1, 2, 100, 101, 102].map((offset) => base + offset);
    if ((await Promise.all(ports.map(isFree))).every(Boolean)) return base;
  }
  throw new Error('Found no free ports for Apache CouchDB on 127.0.0.1.');
}

function parseEnv(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^(COUCHDB_\w+)=(.*)$/.exec(line.trim());
    if (match?.[1] && match[2] !== undefined) env[match[1]] = match[2];
  }
  return env;
}

/** Runs the suite with `env`; its own output goes to the terminal, the counts come back. */
async function runSuite(server: string, env: Record<string, string>): Promise<Outcome> {
  const reportDir = await mkdtemp(path.join(os.tmpdir(), 'rozcestnik-vitest-'));
  const report = path.join(reportDir, 'report.json');
  const started = Date.now();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--project',
        'integration',
        '--exclude',
        ONLY_EMBEDDED,
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
        ...process.argv.slice(2),
      ],
      { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: 'inherit' },
    );
    child.once('exit', (exitCode) => resolve(exitCode));
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  let counts = {
    numPassedTests: 0,
    numFailedTests: 0,
    numFailedTestSuites: 0,
    numPendingTests: 0,
    numTodoTests: 0,
  };
  try {
    counts = { ...counts, ...(JSON.parse(await readFile(report, 'utf8')) as typeof counts) };
  } catch {
    // No report: vitest did not get as far as running tests; the exit code says it failed.
  }
  await rm(reportDir, { recursive: true, force: true });
  return {
    server,
    passed: counts.numPassedTests,
    failed: counts.numFailedTests,
    failedFiles: counts.numFailedTestSuites,
    skipped: counts.numPendingTests + counts.numTodoTests,
    seconds,
    ok: code === 0,
  };
}

/** Directories with a CouchDB running, so an interrupted run still stops them. */
const running = new Set<string>();

function stopCouch(dir: string): void {
  spawnSync('bash', [SCRIPT, 'stop', dir], { stdio: 'inherit' });
  running.delete(dir);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const dir of running) stopCouch(dir);
    process.exit(130);
  });
}

async function onSharedBuild(mode: Mode): Promise<Outcome> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `rozcestnik-couchdb-${mode}-`));
  const started = Date.now();
  try {
    running.add(dir);
    const port = await freeBasePort();
    const result = spawnSync('bash', [SCRIPT, mode, dir, String(port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(
        `couchdb.sh ${mode} exited with ${result.status}; see ${dir}/node*/couchdb.log`,
      );
    }
    const env = parseEnv(await readFile(path.join(dir, 'env'), 'utf8'));
    console.log(
      `\nApache CouchDB, ${LABEL[mode]}: ${env.COUCHDB_URL} (started in ${Math.round((Date.now() - started) / 1000)} s)\n`,
    );
    return await runSuite(`Apache CouchDB, ${LABEL[mode]}`, env);
  } finally {
    stopCouch(dir);
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const outcomes: Outcome[] = [];
  if (process.env.COUCHDB_URL) {
    outcomes.push(await runSuite(`Apache CouchDB at ${process.env.COUCHDB_URL}`, {}));
  } else {
    if (!existsSync(SCRIPT)) {
      console.error(
        `Neither COUCHDB_URL nor ${SCRIPT} exists: set COUCHDB_URL, COUCHDB_USER and COUCHDB_PASSWORD, or COUCHDB_SHARED_DIR.`,
      );
      return 1;
    }
    for (const mode of ['start', 'cluster'] as const) {
      try {
        outcomes.push(await onSharedBuild(mode));
      } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
        outcomes.push({
          server: `Apache CouchDB, ${LABEL[mode]}`,
          passed: 0,
          failed: 0,
          failedFiles: 0,
          skipped: 0,
          seconds: 0,
          ok: false,
        });
      }
    }
  }
  console.log('\nIntegration suite on Apache CouchDB:');
  console.table(
    outcomes.map(({ server, passed, failed, failedFiles, skipped, seconds, ok }) => ({
      server,
      passed,
      failed,
      failedFiles,
      skipped,
      seconds,
      result: ok ? 'ok' : 'FAILED',
    })),
  );
  return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
}

process.exitCode = await main();
