/**
 * npm run bench:sync — the working-group sync under load, against the real sync-server (the
 * embedded CouchDB-compatible server by default, Apache CouchDB 3 when COUCHDB_URL is set):
 *   - p50/p95/max_ms: MEMBERS pouchdb-node replicas, each signed in with its own session cookie,
 *     spread over GROUPS working groups (5 per ORP; a real group has ~5–20 members), each
 *     syncing live both ways with its own group's database through the `/db` proxy with the
 *     app's replication options, while every member saves every PACE_MIN–PACE_MAX s for
 *     DURATION seconds. One sample per (save, other member of the same group): from just
 *     before `put` until that replica's changes feed shows the revision. Pairs not delivered
 *     by the end of the drain count as `undelivered` and as infinitely late in the
 *     percentiles, so p95 is null (Infinity) when more than 5 % are undelivered. all_p95_ms:
 *     per save seen by the whole group, until the last other member had it. `--groups 1` is
 *     the worst case of one huge group (every save fans out to MEMBERS - 1 replicas);
 *   - first_sync_ms: a newcomer's one-shot pull of a group with MEETINGS meetings of full
 *     minutes (about 30 documents each) into a fresh replica, sign-in included;
 *   - server_rss_mb / embedded_rss_mb: VmRSS of sync-server and of its embedded server child at
 *     the end (live_*: while every member was still connected).
 * Flags or environment: --members=N (BENCH_MEMBERS, 200), --groups=N (BENCH_GROUPS, 20),
 * --duration=S (BENCH_DURATION_S, 60), --pace-min=S / --pace-max=S (BENCH_PACE_MIN_S 5,
 * BENCH_PACE_MAX_S 20), --meetings=N (BENCH_MEETINGS, 500). Writes bench-results/sync.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, startTestServer } from '../tests/integration/support/server';
import { seedHistory, timeFirstSync } from './sync/first-sync';
import { percentile } from './sync/latency';
import { runLiveEditing } from './sync/live-editing';
import { requestCounts } from './sync/member';
import { provision, serverMemory } from './sync/server';

function setting(flag: string, env: string, fallback: number): number {
  const at = process.argv.findIndex((a) => a === `--${flag}` || a.startsWith(`--${flag}=`));
  const arg = process.argv[at];
  const raw =
    arg === undefined
      ? process.env[env]
      : arg.includes('=')
        ? arg.slice(flag.length + 3)
        : process.argv[at + 1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${flag} must be a positive number`);
  return value;
}

const MEMBERS = Math.max(2, Math.round(setting('members', 'BENCH_MEMBERS', 200)));
const GROUPS = Math.min(
  Math.floor(MEMBERS / 2),
  Math.max(1, Math.round(setting('groups', 'BENCH_GROUPS', 20))),
);
const DURATION_S = setting('duration', 'BENCH_DURATION_S', 60);
const PACE = {
  minS: setting('pace-min', 'BENCH_PACE_MIN_S', 5),
  maxS: setting('pace-max', 'BENCH_PACE_MAX_S', 20),
};
if (PACE.maxS < PACE.minS) throw new Error('--pace-max must not be below --pace-min');
const MEETINGS = Math.round(setting('meetings', 'BENCH_MEETINGS', 500));
const DRAIN_S = 20;

/** One decimal; null for no value and for Infinity (a percentile on an undelivered pair). */
/**
 * PouchDB 9's replication reads the source's `info()` after every batch (for its active-tasks
 * list) without catching a failure, so a dropped connection becomes an unhandled rejection. A
 * browser only logs those; Node would end the process. Count them instead, as the app lives on.
 */
let unhandledRejections = 0;
process.on('unhandledRejection', () => {
  unhandledRejections++;
});

const r1 = (n: number | undefined) =>
  n === undefined || !Number.isFinite(n) ? null : Math.round(n * 10) / 10;
const log = (line: string) => console.log(`[bench:sync] ${line}`);

async function main(): Promise<void> {
  const started = performance.now();
  // BENCH_SERVER_NODE_OPTIONS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server.
  const nodeOptions = process.env.BENCH_SERVER_NODE_OPTIONS;
  const server = await startTestServer(nodeOptions ? { env: { NODE_OPTIONS: nodeOptions } } : {});
  try {
    const setup = await provision(server, MEMBERS, GROUPS);
    const sizes = setup.groups.map((g) => g.members.length);
    const groupSize = `${Math.min(...sizes)}${Math.max(...sizes) > Math.min(...sizes) ? `–${Math.max(...sizes)}` : ''}`;
    log(
      `case: ${MEMBERS} members in ${GROUPS} group(s) of ${groupSize} across ${setup.orps.length} ORP(s)` +
        `${GROUPS === 1 ? ' (one huge group: the worst case)' : ''}, a save every ${PACE.minS}–${PACE.maxS} s each`,
    );
    const history = await seedHistory(
      server,
      setup.archiveDb,
      MEETINGS,
      setup.members.slice(0, 20),
    );
    log(`seeded ${MEETINGS} meetings (${history.docs} documents) into ${setup.archiveDb}`);

    let live = {
      serverMb: undefined as number | undefined,
      embeddedMb: undefined as number | undefined,
    };
    const editing = await runLiveEditing(server, {
      members: setup.members,
      groups: setup.groups,
      durationS: DURATION_S,
      pace: PACE,
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
    const pairs = tracker.allPairs();
    const everyone = tracker.everyoneLatencies();
    const undelivered = tracker.undelivered();
    const result = {
      case: GROUPS === 1 ? 'one group of every member' : 'members spread over groups',
      members: MEMBERS,
      groups: GROUPS,
      group_size: Math.max(...sizes),
      orps: setup.orps.length,
      duration_s: DURATION_S,
      pace_s: `${PACE.minS}–${PACE.maxS}`,
      saves: tracker.saveCount,
      pairs: pairs.length,
      undelivered,
      undelivered_pct: pairs.length ? r1((undelivered / pairs.length) * 100) : null,
      p50_ms: r1(percentile(pairs, 50)),
      p95_ms: r1(percentile(pairs, 95)),
      delivered_p95_ms: r1(percentile(samples, 95)),
      max_ms: r1(samples.length ? Math.max(...samples) : undefined),
      all_p95_ms: r1(percentile(everyone, 95)),
      errors: editing.saveErrors.length + editing.replicationErrors.length,
      save_errors: editing.saveErrors.length,
      replication_errors: editing.replicationErrors.length,
      unhandled_rejections: unhandledRejections,
      members_caught_up_s: r1(editing.startS),
      member_requests: requests,
      first_sync_ms: Math.round(first.ms),
      first_sync_docs: first.docs,
      first_sync_meetings: MEETINGS,
      first_sync_client: 'pouchdb-node replicate.from, default options',
      load_average: os.loadavg().map((n) => Math.round(n * 10) / 10),
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
  } catch (error) {
    // The server's own account of a failure (502s, crashes) is in its stderr.
    console.error(server.output().stderr.split('\n').slice(-20).join('\n'));
    throw error;
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // undici's "fetch failed" says nothing by itself: the cause names the socket error.
    const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : '';
    console.error(
      error instanceof Error ? `${error.stack ?? error.message}${cause}` : String(error),
    );
    process.exit(1);
  },
);
