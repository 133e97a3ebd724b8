/**
 * npm run bench:sync — the working-group sync under load, against the real sync-server (the
 * embedded CouchDB-compatible server by default, Apache CouchDB 3 when COUCHDB_URL is set):
 *   - p50/p95/max_ms: MEMBERS pouchdb-node replicas, each signed in with its own session cookie,
 *     sync live both ways with one group database through the `/db` proxy while every member
 *     saves every 5–20 s for DURATION seconds. One sample per (save, other member's replica):
 *     from just before `put` until that replica's changes feed shows the revision. all_p95_ms:
 *     per save, until the last other replica had it;
 *   - first_sync_ms: a newcomer's one-shot pull of a group with MEETINGS meetings of full
 *     minutes (about 30 documents each) into a fresh replica, sign-in included;
 *   - server_rss_mb / embedded_rss_mb: VmRSS of sync-server and of its embedded server child at
 *     the end (live_*: while every member was still connected).
 * Flags or environment: --members=N (BENCH_MEMBERS, 200), --duration=S (BENCH_DURATION_S, 60),
 * --meetings=N (BENCH_MEETINGS, 500). Writes bench-results/sync.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, startTestServer } from '../tests/integration/support/server';
import { seedHistory, timeFirstSync } from './sync/first-sync';
import { percentile } from './sync/latency';
import { runLiveEditing } from './sync/live-editing';
import { requestCounts } from './sync/member';
import { provision, serverMemory } from './sync/server';

function setting(flag: string, env: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${flag}=`));
  const raw = arg ? arg.slice(flag.length + 3) : process.env[env];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${flag} must be a positive number`);
  return value;
}

const MEMBERS = Math.max(2, Math.round(setting('members', 'BENCH_MEMBERS', 200)));
const DURATION_S = setting('duration', 'BENCH_DURATION_S', 60);
const MEETINGS = Math.round(setting('meetings', 'BENCH_MEETINGS', 500));
const DRAIN_S = 20;

const r1 = (n: number | undefined) => (n === undefined ? null : Math.round(n * 10) / 10);
const log = (line: string) => console.log(`[bench:sync] ${line}`);

async function main(): Promise<void> {
  const started = performance.now();
  // BENCH_SERVER_NODE_OPTIONS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server.
  const nodeOptions = process.env.BENCH_SERVER_NODE_OPTIONS;
  const server = await startTestServer(nodeOptions ? { env: { NODE_OPTIONS: nodeOptions } } : {});
  try {
    const setup = await provision(server, MEMBERS);
    log(`server up, ORP ${setup.orp} with ${MEMBERS} members provisioned`);
    const history = await seedHistory(server, setup.archiveDb, MEETINGS, setup.members);
    log(`seeded ${MEETINGS} meetings (${history.docs} documents) into ${setup.archiveDb}`);

    let live = {
      serverMb: undefined as number | undefined,
      embeddedMb: undefined as number | undefined,
    };
    const editing = await runLiveEditing(server, {
      database: setup.liveDb,
      members: setup.members,
      durationS: DURATION_S,
      drainS: DRAIN_S,
      log,
      beforeStop: async () => {
        live = await serverMemory(server);
      },
    });
    const requests = [...requestCounts.values()].reduce((a, b) => a + b, 0);
    log(`requests sent by the members: ${JSON.stringify(Object.fromEntries(requestCounts))}`);
    const first = await timeFirstSync(server, setup.archiveDb, setup.newcomer);
    const end = await serverMemory(server);

    const { tracker } = editing;
    const samples = tracker.latencies;
    const everyone = tracker.everyoneLatencies();
    const result = {
      members: MEMBERS,
      duration_s: DURATION_S,
      saves: tracker.saveCount,
      samples: samples.length,
      p50_ms: r1(percentile(samples, 50)),
      p95_ms: r1(percentile(samples, 95)),
      max_ms: r1(samples.length ? Math.max(...samples) : undefined),
      all_p95_ms: r1(percentile(everyone, 95)),
      undelivered: tracker.undelivered(),
      errors: editing.saveErrors.length + editing.replicationErrors.length,
      save_errors: editing.saveErrors.length,
      replication_errors: editing.replicationErrors.length,
      members_caught_up_s: r1(editing.startS),
      member_requests: requests,
      first_sync_ms: Math.round(first.ms),
      first_sync_docs: first.docs,
      first_sync_meetings: MEETINGS,
      first_sync_client: 'pouchdb-node replicate.from, default options',
      server_rss_mb: end.serverMb ?? null,
      embedded_rss_mb: end.embeddedMb ?? null,
      live_server_rss_mb: live.serverMb ?? null,
      live_embedded_rss_mb: live.embeddedMb ?? null,
      database: process.env.COUCHDB_URL ? 'Apache CouchDB' : 'embedded',
      node: process.version,
      date: new Date().toISOString(),
      run_s: r1((performance.now() - started) / 1000),
    };
    for (const error of [...editing.saveErrors, ...editing.replicationErrors].slice(0, 5)) {
      log(`error: ${error}`);
    }
    console.table(Object.entries(result).map(([measure, value]) => ({ measure, value })));
    const outDir = path.join(REPO_ROOT, 'bench-results');
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, 'sync.json'), JSON.stringify(result, null, 2) + '\n');
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
