/**
 * npm run bench:first-sync — first sync of a national-size catalogue (6,733 generated services)
 * into fresh Chromium profiles with Chromium's "Slow 4G" preset (562.5 ms latency, 1.44 Mbps)
 * and 4× CPU throttling, against the real sync-server with the embedded CouchDB-compatible
 * server. "Searchable" means: the Dexie read model holds the services AND the app's search
 * index (in its worker) answers for them.
 *   - seconds: from navigation until the whole catalogue is searchable;
 *   - stock_seconds: stock `PouchDB.replicate` (default options) from the same /db/catalog, in
 *     the same browser and throttling, until it completes (no projection: flatters stock);
 *   - orp_seconds: a device that remembers its territory (one ORP with 150 services in the
 *     national catalogue): from the app's first paint (when it knows the territory) until that
 *     ORP's services are searchable; orp_from_navigation_seconds adds the page load;
 *   - refetched_pct: the network is cut (CDP offline) when half the snapshot bytes arrived and
 *     restored 2 s later; extra bytes compared with the clean run, or (larger) the full size of
 *     each response whose URL was also cut.
 * The generated services are spread over the Dačice ORP (150) and 44 made-up ORPs, about 150
 * each, like the Czech Republic's 206 ORPs. The server's snapshots are warm, as sync-server keeps
 * them after every change (SnapshotService.keepWarm). Work in the app's workers (the search
 * index) is NOT slowed by CDP's CPU throttling, which covers the page's main thread only.
 * Writes bench-results/first-sync.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, connect, type Socket } from 'node:net';
import { Transform } from 'node:stream';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { syntheticServices } from '../sync-server/src/demo/synthetic-catalog';
import { adminFetch } from '../tests/integration/support/couch';
import { REPO_ROOT, startTestServer, type TestServer } from '../tests/integration/support/server';
import {
  launch,
  SLOW_4G,
  throttledPage,
  untilOrpSearchable,
  untilSearchable,
} from './first-sync.browser';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 6733);
const ORP_SERVICES = 150;
const ORP = 'dacice';
const OTHER_ORPS = 44;
const SNAPSHOT = /\/api\/catalog\/snapshot/;
const ORP_SNAPSHOT = /\/api\/catalog\/snapshot\?orp=/;

async function load(server: TestServer, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 1000) {
    const response = await adminFetch(server, '/catalog/_bulk_docs', {
      method: 'POST',
      body: JSON.stringify({ docs: docs.slice(i, i + 1000) }),
    });
    const result = (await response.json()) as { error?: string }[];
    const failed = result.filter((r) => r.error);
    if (!response.ok || failed.length) throw new Error(`load failed: ${JSON.stringify(failed[0])}`);
  }
}

async function serviceCount(server: TestServer): Promise<number> {
  const response = await adminFetch(
    server,
    `/catalog/_all_docs?startkey=${encodeURIComponent('"service:"')}&endkey=${encodeURIComponent('"service:\ufff0"')}`,
  );
  return ((await response.json()) as { rows: unknown[] }).rows.length;
}

/** Ids of the services (demo ones included) that serve ORP, as the app's read model lists them. */
async function orpServiceIds(server: TestServer): Promise<string[]> {
  const response = await adminFetch(
    server,
    `/catalog/_all_docs?include_docs=true&startkey=${encodeURIComponent('"service:"')}&endkey=${encodeURIComponent('"service:\ufff0"')}`,
  );
  const rows = ((await response.json()) as { rows: { id: string; doc: ServiceLike }[] }).rows;
  return rows
    .filter((r) => r.doc.status !== 'removed' && r.doc.serviceArea?.orps?.includes(ORP))
    .map((r) => r.id);
}

interface ServiceLike {
  status?: string;
  serviceArea?: { orps?: string[] };
}

async function appFirstSync(browser: Browser, origin: string, expected: number) {
  const run = await throttledPage(browser);
  try {
    const start = performance.now();
    await run.page.goto(`${origin}/`, { waitUntil: 'commit' });
    const { seconds, readModelSeconds } = await untilSearchable(run.page, expected, start);
    return { seconds, readModelSeconds, bytes: run.bytes(SNAPSHOT) };
  } finally {
    await run.context.close();
  }
}

/** A fresh profile that remembers its territory (as after picking it on the home page). */
async function orpFirstSync(browser: Browser, origin: string, ids: readonly string[]) {
  const run = await throttledPage(browser);
  try {
    await run.page.addInitScript((orp) => localStorage.setItem('rozcestnik:territory', orp), ORP);
    const start = performance.now();
    await run.page.goto(`${origin}/`, { waitUntil: 'commit' });
    const seconds = await untilOrpSearchable(run.page, ids, start);
    const paintMs = await run.page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    );
    return { seconds, fromPaint: seconds - paintMs / 1000, bytes: run.bytes(ORP_SNAPSHOT) };
  } finally {
    await run.context.close();
  }
}

/**
 * A TCP relay in front of the server whose open connections can be cut: CDP's offline mode
 * only fails new requests, while a response in flight would carry on.
 */
async function cuttableOrigin(
  target: string,
): Promise<{ origin: string; cut(): void; close(): void }> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const relay = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    // Down at Slow 4G's rate here too: Chromium reads a socket ahead of its own throttle, so
    // without this the whole response would be inside the browser before any cut.
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        setTimeout(() => done(null, chunk), (chunk.length / SLOW_4G.downloadThroughput) * 1000);
      },
    });
    client.pipe(upstream).pipe(limit).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const address = relay.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${address.port}`,
    cut: () => sockets.forEach((socket) => socket.destroy()),
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      relay.close();
    },
  };
}

async function cutFirstSync(
  browser: Browser,
  origin: string,
  expected: number,
  cleanBytes: number,
) {
  const run = await throttledPage(browser);
  const relay = await cuttableOrigin(origin);
  let cut = false;
  try {
    const start = performance.now();
    await run.page.goto(`${relay.origin}/`, { waitUntil: 'commit' });
    const { seconds } = await untilSearchable(run.page, expected, start, async () => {
      if (cut || run.bytes(SNAPSHOT) < cleanBytes / 2) return;
      cut = true;
      await run.cdp.send('Network.emulateNetworkConditions', { ...SLOW_4G, offline: true });
      relay.cut();
      await run.page.waitForTimeout(2000);
      await run.cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    });
    return {
      seconds,
      bytes: run.bytes(SNAPSHOT),
      failed: run.failed(SNAPSHOT),
      refetchedAtMost: run.refetchedAtMost(SNAPSHOT),
      cut,
    };
  } finally {
    await run.context.close();
    relay.close();
  }
}

async function stockReplicate(browser: Browser, origin: string): Promise<number> {
  const bundle = await build({
    entryPoints: [path.join(REPO_ROOT, 'bench/first-sync.stock-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    define: { global: 'globalThis' },
    minify: true,
  });
  const script = bundle.outputFiles[0]!.text;
  const run = await throttledPage(browser);
  try {
    // Served on the app's origin by Playwright (not throttled); replication itself is.
    await run.page.route(`${origin}/__bench/**`, (route) =>
      route.request().url().endsWith('.js')
        ? route.fulfill({ contentType: 'text/javascript', body: script })
        : route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><title>stock</title><script src="/__bench/stock.js"></script>',
          }),
    );
    await run.page.goto(`${origin}/__bench/stock.html`);
    const ms = await run.page.evaluate(() => window.runStock());
    return ms / 1000;
  } finally {
    await run.context.close();
  }
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const server = await startTestServer();
  const browser = await launch();
  try {
    // One ORP with ORP_SERVICES services, the rest spread over made-up ORPs of the same size.
    const generated = [...syntheticServices(SERVICES)].map((doc, i) => ({
      ...doc,
      serviceArea: {
        ...doc.serviceArea,
        orps: [i < ORP_SERVICES ? ORP : `bench-${i % OTHER_ORPS}`],
      },
    }));
    await load(server, generated);
    const expected = await serviceCount(server);
    const orpIds = await orpServiceIds(server);
    // A running server prepares both snapshots once the catalogue is quiet after a change
    // (SnapshotService.keepWarm); waiting for that here measures the device, not the import.
    for (const query of ['since=0', `orp=${ORP}`]) {
      await (
        await fetch(`${server.baseUrl}/api/catalog/snapshot?${query}`, {
          headers: { 'accept-encoding': 'br' },
        })
      ).arrayBuffer();
    }

    const clean = await appFirstSync(browser, server.baseUrl, expected);
    console.error(
      `snapshot first sync: read model ${round(clean.readModelSeconds)} s, searchable ${round(clean.seconds)} s`,
    );
    const orpRun = await orpFirstSync(browser, server.baseUrl, orpIds);
    console.error(`ORP first sync: ${round(orpRun.fromPaint)} s after first paint`);
    const stock = await stockReplicate(browser, server.baseUrl);
    console.error(`stock PouchDB.replicate: ${round(stock)} s`);
    const cut = await cutFirstSync(browser, server.baseUrl, expected, clean.bytes);

    const result = {
      services: expected,
      seconds: round(clean.seconds),
      // Until the Dexie read model holds every service (the list shows them; search follows).
      read_model_seconds: round(clean.readModelSeconds),
      stock_seconds: round(stock),
      speedup: round(stock / clean.seconds, 1),
      orp_services: orpIds.length,
      orp_seconds: round(orpRun.fromPaint),
      orp_from_navigation_seconds: round(orpRun.seconds),
      orp_kb: round(orpRun.bytes / 1024, 0),
      snapshot_kb: round(clean.bytes / 1024, 0),
      // The larger of: extra bytes seen on the wire, and the whole size of each part that was cut
      // (an upper bound: a cut part cannot have cost more than its full size).
      refetched_pct: round(
        (Math.max(cut.bytes - clean.bytes, cut.refetchedAtMost, 0) / clean.bytes) * 100,
        1,
      ),
      network_cut: cut.cut,
      cut_seconds: round(cut.seconds),
      cut_failed_requests: cut.failed,
      network: 'Chromium Slow 4G (562.5 ms, 1.44 Mbps down, 675 kbps up), CPU 4×',
      database: 'embedded',
    };
    console.table(Object.entries(result).map(([measure, value]) => ({ measure, value })));
    const outDir = path.join(REPO_ROOT, 'bench-results');
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, 'first-sync.json'), JSON.stringify(result, null, 2) + '\n');
  } finally {
    await browser.close();
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
