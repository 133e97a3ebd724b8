/**
 * npm run bench:search — 10,000 generated services in Debian's Chromium with 4× CPU throttling.
 * Seeds the app's Dexie `services` table and lets the search worker build and persist its index
 * (cold build), reloads (warm IndexedDB), then types ≥ 200 realistic queries one key at a time
 * (prefixes, typos, no diacritics, with filters and territory).
 *
 * Chromium throttles pages only, never a dedicated worker (the bench tries and reports
 * `worker_throttled`), so the worker's code runs on the 4×-throttled page thread:
 * - p50_ms / p95_ms / max_ms — the "search plus facet counts" per keystroke: the
 *   worker's whole computation of one answer (answerSearch: search, every facet's counts, the
 *   order of the first 100 rows and the texts of the first screen's 20 cards, as the results page
 *   asks; the other 80 cross one frame each as they are rendered) on the throttled page thread.
 *   The keystrokes are typed PASSES times, each pass with a freshly restored engine (caches
 *   cold), the first after the warm-up the worker runs once its index is ready (warm_up_ms, in
 *   idle tasks); each keystroke counts with its median pass, so one pass slowed by the shared
 *   machine does not count and a cost every pass pays (code, garbage collection) does.
 *   first_pass_* is the first pass alone; fastest_of_passes_* each keystroke's fastest pass.
 * - end_to_end_* — from the keystroke to the answer on the page: the above plus its structured
 *   clone and the page's decoding (throttled) plus the same keystroke's thread hop measured
 *   through the real worker (round trip − time inside the worker).
 * Ready (median of READY_RUNS page loads) = app start with a warm IndexedDB until the first
 * answer is possible: the worker's start-up code (database open, the index core read with the
 * catalogue state, restored, the first answer with its first screen's card texts from the
 * service rows) on the throttled page thread, plus the real worker's boot and messaging
 * (`ready_worker_boot_ms`: its round trip minus its own start-up and first-answer time, which
 * are counted throttled instead). Long tasks are observed on the page while typing through
 * the worker. Writes bench-results/search.json.
 */
import { createServer } from 'node:http';
import os from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type CDPSession } from '@playwright/test';
import { syntheticServices } from '../sync-server/src/demo/synthetic-catalog';
import { toServiceRow } from '../src/lib/data/catalog-read-model';
import type { BenchApi } from './search-page.entry';
import { queries } from './search-queries';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 10_000);
/** Page loads timed for ready (the median is reported). */
const READY_RUNS = Number(process.env.BENCH_READY_RUNS ?? 5);
/** Times the keystrokes are typed on the throttled thread, each time with a fresh engine. */
const PASSES = Number(process.env.BENCH_PASSES ?? 3);
const ROOT = path.resolve(import.meta.dirname, '..');

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Asks Chromium to throttle every worker of the page like the page. Chromium (up to at least
 * 156) refuses for workers; the answer is reported so the figures say what they measure.
 */
function throttleWorkers(cdp: CDPSession): Promise<{ throttled: boolean; answer: string }> {
  return new Promise((resolve) => {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const reply = JSON.parse(event.message) as { id?: number; error?: { message: string } };
      if (reply.id !== 1) return;
      resolve({ throttled: !reply.error, answer: reply.error?.message ?? 'ok' });
    });
    cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type !== 'worker') return;
      const message = { id: 1, method: 'Emulation.setCPUThrottlingRate', params: { rate: 4 } };
      void cdp.send('Target.sendMessageToTarget', {
        sessionId: event.sessionId,
        message: JSON.stringify(message),
      });
    });
    void cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
  });
}

async function main(): Promise<void> {
  const bundle = await build({
    entryPoints: [path.join(ROOT, 'bench/search-page.entry.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    alias: { $domain: path.join(ROOT, 'src/lib/domain'), $lib: path.join(ROOT, 'src/lib') },
  });
  const js = bundle.outputFiles[0]!.text;
  const workerBundle = await build({
    entryPoints: [path.join(ROOT, 'src/lib/search/search.worker.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    alias: { $domain: path.join(ROOT, 'src/lib/domain'), $lib: path.join(ROOT, 'src/lib') },
  });
  const workerJs = workerBundle.outputFiles[0]!.text;
  const docs = [...syntheticServices(SERVICES)];
  const html =
    '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>';
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else if (req.url === '/search.worker.js')
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(workerJs);
    else if (req.url === '/docs.json')
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(docs));
    else res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const origin = `http://127.0.0.1:${port}/`;
    await page.goto(origin);
    await page.waitForFunction(() => 'bench' in globalThis);
    await page.evaluate(async () => {
      const d = (await (await fetch('/docs.json')).json()) as Parameters<BenchApi['seed']>[0];
      return (globalThis as unknown as { bench: BenchApi }).bench.seed(d);
    });
    // First start after the catalogue arrived (unthrottled: this is the one-off rebuild).
    const cold = await page.evaluate(() =>
      (globalThis as unknown as { bench: BenchApi }).bench.coldBuild(),
    );
    // Warm IndexedDB: a fresh page load over the stored rows and index, throttled like a cheap phone.
    // Warm IndexedDB: fresh page loads over the stored rows and index, throttled like a cheap
    // phone; the median start-up of READY_RUNS loads is reported.
    const cdp = await page.context().newCDPSession(page);
    let workerThrottle: ReturnType<typeof throttleWorkers> | undefined;
    const starts: {
      ready: Awaited<ReturnType<BenchApi['ready']>>;
      readyMain: Awaited<ReturnType<BenchApi['readyMain']>>;
      ms: number;
    }[] = [];
    for (let run = 0; run < READY_RUNS; run++) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.reload();
      await page.waitForFunction(() => 'bench' in globalThis);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      workerThrottle ??= throttleWorkers(cdp);
      const ready = await page.evaluate(() =>
        (globalThis as unknown as { bench: BenchApi }).bench.ready(),
      );
      const readyMain = await page.evaluate(() =>
        (globalThis as unknown as { bench: BenchApi }).bench.readyMain(),
      );
      // Throttled start-up code + what the real worker spent outside it (boot, messages).
      const overhead = Math.max(0, ready.ms - ready.workerMs - ready.answerMs);
      starts.push({ ready, readyMain, ms: readyMain.ms + overhead });
    }
    starts.sort((a, b) => a.ms - b.ms);
    const { ready, readyMain, ms: readyMs } = starts[Math.floor(starts.length / 2)]!;
    const calibration = await page.evaluate(() =>
      (globalThis as unknown as { bench: BenchApi }).bench.calibrate(),
    );
    const list = queries();
    // The territory's municipalities, as the page takes them from the taxonomy.
    for (const q of list) {
      if (!q.territory) continue;
      const orp = q.territory;
      const rows = docs.map(toServiceRow).filter((r) => r.orps.includes(orp));
      q.municipalities = [...new Set(rows.flatMap((r) => r.municipalities))];
    }
    const viaWorker = await page.evaluate(
      (q) => (globalThis as unknown as { bench: BenchApi }).bench.typeWorker(q),
      list,
    );
    const onMain = await page.evaluate(
      ([q, passes]) => (globalThis as unknown as { bench: BenchApi }).bench.typeMain(q, passes),
      [list, PASSES] as const,
    );
    const hop = viaWorker.times.map((t, k) => Math.max(0, t - viaWorker.inWorker[k]!));
    const endToEnd = onMain.times.map((t, k) => t + hop[k]!).sort((a, b) => a - b);
    // Each keystroke's median over the passes: one pass slowed by the machine does not count,
    // a cost every pass pays (the code, its garbage collections) does.
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    const compute = onMain.compute
      .map((_, k) => median(onMain.perPass.map((pass) => pass[k]!)))
      .sort((a, b) => a - b);
    const firstPass = [...onMain.compute].sort((a, b) => a - b);
    const fastest = [...onMain.fastestCompute].sort((a, b) => a - b);
    const onPage = [...onMain.times].sort((a, b) => a - b);
    const roundTrip = [...viaWorker.times].sort((a, b) => a - b);
    const inWorker = [...viaWorker.inWorker].sort((a, b) => a - b);
    const hops = [...hop].sort((a, b) => a - b);
    const result = {
      services: SERVICES,
      queries: list.length,
      keystrokes: compute.length,
      per_keystroke:
        'p*_ms: search + all facet counts + order of 100 rows + first 20 cards (answerSearch), 4× CPU; end_to_end_*: + clone, decoding and the worker hop',
      p50_ms: r2(pct(compute, 50)),
      p95_ms: r2(pct(compute, 95)),
      max_ms: r2(compute[compute.length - 1]!),
      first_pass_p50_ms: r2(pct(firstPass, 50)),
      first_pass_p95_ms: r2(pct(firstPass, 95)),
      first_pass_max_ms: r2(firstPass[firstPass.length - 1]!),
      fastest_of_passes_p50_ms: r2(pct(fastest, 50)),
      fastest_of_passes_p95_ms: r2(pct(fastest, 95)),
      fastest_of_passes_max_ms: r2(fastest[fastest.length - 1]!),
      passes: PASSES,
      warm_up_ms: r2(onMain.warmUpMs),
      end_to_end_p50_ms: r2(pct(endToEnd, 50)),
      end_to_end_p95_ms: r2(pct(endToEnd, 95)),
      end_to_end_max_ms: r2(endToEnd[endToEnd.length - 1]!),
      ready_ms: Math.round(readyMs),
      ready_runs: starts.map((start) => Math.round(start.ms)),
      ready_worker_boot_ms: Math.round(Math.max(0, ready.ms - ready.workerMs - ready.answerMs)),
      ready_db_open_ms: Math.round(readyMain.open),
      ready_read_ms: Math.round(readyMain.read),
      ready_restore_ms: Math.round(readyMain.restore),
      ready_first_answer_ms: Math.round(readyMain.firstAnswer),
      cards_read_after_ready_ms: Math.round(readyMain.cardsAfter),
      ready_source: ready.source,
      long_tasks: viaWorker.longTasks.length,
      long_task_max_ms: r2(Math.max(0, ...viaWorker.longTasks)),
      answer_and_clone_on_page_thread_p50_ms: r2(pct(onPage, 50)),
      answer_and_clone_on_page_thread_p95_ms: r2(pct(onPage, 95)),
      answer_and_clone_on_page_thread_max_ms: r2(onPage[onPage.length - 1]!),
      hop_p50_ms: r2(pct(hops, 50)),
      hop_p95_ms: r2(pct(hops, 95)),
      worker_throttled: (await workerThrottle!).throttled,
      worker_throttle_answer: (await workerThrottle!).answer,
      unthrottled_worker_roundtrip_p50_ms: r2(pct(roundTrip, 50)),
      unthrottled_worker_roundtrip_p95_ms: r2(pct(roundTrip, 95)),
      unthrottled_worker_roundtrip_max_ms: r2(roundTrip[roundTrip.length - 1]!),
      unthrottled_in_worker_p95_ms: r2(pct(inWorker, 95)),
      unthrottled_worker_ready_ms: Math.round(ready.ms),
      cold_build_ms_unthrottled: Math.round(cold.ms),
      cpu_throttling: 4,
      calibration_ms: r2(calibration),
      load_average: os.loadavg().map((n) => r2(n)),
    };
    // The slowest keystrokes of the first pass, with every pass's time: a cost that repeats is
    // the code's, one that does not was the machine (or a garbage collection).
    const typed = list.flatMap((q) => [...q.text].map((_, i) => q.text.slice(0, i + 1)));
    const slowest = onMain.compute
      .map((ms, k) => ({ k, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 12);
    for (const { k } of slowest) {
      const runs = onMain.perPass.map((pass) => pass[k]!.toFixed(1)).join(' / ');
      console.log(`${runs} ms  ${JSON.stringify(typed[k])}`);
    }
    // The slowest by median (what max_ms counts): a repeated cost worth a look.
    const byMedian = onMain.compute
      .map((_, k) => ({ k, ms: median(onMain.perPass.map((pass) => pass[k]!)) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    for (const { k, ms } of byMedian) {
      const runs = onMain.perPass.map((pass) => pass[k]!.toFixed(1)).join(' / ');
      console.log(`median ${ms.toFixed(1)} (${runs}) ms  ${JSON.stringify(typed[k])}`);
    }
    console.table({ ...result, targets: 'p95 ≤ 5, max ≤ 16 (compute), ready ≤ 300, long_tasks 0' });
    await mkdir(path.join(ROOT, 'bench-results'), { recursive: true });
    await writeFile(
      path.join(ROOT, 'bench-results/search.json'),
      JSON.stringify(result, null, 2) + '\n',
    );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
