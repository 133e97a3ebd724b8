/**
 * npm run bench:load — the catalogue's load cost against the real sync-server on localhost:
 *   - js_kb_gzip: JavaScript requested before first-contentful-paint on the catalogue route,
 *     measured as the gzip -9 size of the built files the browser actually requested before
 *     FCP (fresh profile, Slow 4G, 4× CPU), the larger of home and a results page;
 *   - Lighthouse 12 (node API, default mobile preset with simulated throttling, Debian
 *     Chromium) performance and accessibility scores on home and /hledat?q=…; the JSON holds
 *     the lower of the two pages.
 * A Lighthouse run that ends in a runtime error (a protocol timeout on a busy machine) is run
 * again rather than counted as 0 (`lighthouse_errors` lists them). Writes bench-results/load.json.
 */
import { cp, mkdtemp, readFile, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { REPO_ROOT, startTestServer } from '../tests/integration/support/server';
import { CHROMIUM_ARGS, launch, throttledPage } from './first-sync.browser';

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'results', path: '/hledat?q=pecovatelska' },
];

async function jsBeforePaint(buildDir: string, origin: string, pagePath: string) {
  const browser = await launch();
  try {
    const run = await throttledPage(browser);
    await run.page.goto(`${origin}${pagePath}`, { waitUntil: 'load' });
    // Until the app has started: a file is listed once it has loaded, and the load event no
    // longer waits for the scripts (module preloads do not hold it; no image in the page does).
    await run.page.waitForFunction(
      () =>
        performance.getEntriesByName('first-contentful-paint').length > 0 &&
        document.documentElement.hasAttribute('data-app-started'),
    );
    const entries = await run.page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      return {
        fcp,
        files: performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime < fcp && new URL(e.name).pathname.endsWith('.js'))
          .map((e) => new URL(e.name).pathname),
      };
    });
    let bytes = 0;
    for (const file of entries.files) {
      bytes += gzipSync(new Uint8Array(await readFile(path.join(buildDir, file))), {
        level: 9,
      }).length;
    }
    return { kb: bytes / 1024, files: entries.files.length, fcp_ms: entries.fcp };
  } finally {
    await browser.close();
  }
}

async function lighthouseScores(url: string, reportFile: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: CHROMIUM_ARGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    // A run Lighthouse could not complete (a protocol timeout on this busy machine) has no
    // scores: it is run again, not counted as 0.
    const error = result ? result.lhr.runtimeError?.code : 'no result';
    if (error) return { error };
    if (result) await writeFile(reportFile, JSON.stringify(result.lhr));
    const categories = result?.lhr.categories;
    return {
      performance: Math.round((categories?.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
      failed: Object.values(result?.lhr.audits ?? {})
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
        .map((a) => a.id)
        .slice(0, 8),
    };
  } finally {
    chrome.kill();
  }
}

const RUNS = Math.max(1, Number(process.env.LOAD_RUNS ?? 1) || 1);

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  // A private copy of build/: other work on this checkout may rebuild while the bench runs.
  const buildDir = await mkdtemp(path.join(os.tmpdir(), 'rozcestnik-load-build-'));
  await cp(path.join(REPO_ROOT, 'build'), buildDir, { recursive: true, preserveTimestamps: true });
  const server = await startTestServer({ env: { BUILD_DIR: buildDir } });
  const outDir = path.join(REPO_ROOT, 'bench-results');
  await mkdir(outDir, { recursive: true });
  try {
    const rows = [];
    // LOAD_PAGES=home measures one page while iterating; load.json then holds only that page.
    const only = process.env.LOAD_PAGES?.split(',');
    for (const page of PAGES.filter((p) => !only || only.includes(p.name))) {
      const js = await jsBeforePaint(buildDir, server.baseUrl, page.path);
      // Lighthouse varies from run to run; LOAD_RUNS=3 reports the median (its own advice).
      const runs = [];
      const errors: string[] = [];
      while (runs.length < RUNS && errors.length < RUNS) {
        const report = path.join(outDir, `lighthouse-${page.name}.json`);
        const run = await lighthouseScores(`${server.baseUrl}${page.path}`, report);
        if ('error' in run) errors.push(run.error);
        else runs.push(run);
      }
      if (runs.length === 0)
        throw new Error(`Lighthouse failed on ${page.path}: ${errors.join(', ')}`);
      const performance = runs.map((r) => r.performance);
      rows.push({
        page: page.name,
        js_kb_gzip: round(js.kb),
        js_files: js.files,
        fcp_ms_throttled: Math.round(js.fcp_ms),
        lighthouse_performance: median(performance),
        lighthouse_runs: performance.join(' '),
        lighthouse_accessibility: Math.min(...runs.map((r) => r.accessibility)),
        below_90: [...new Set(runs.flatMap((r) => r.failed))].join(' '),
        lighthouse_errors: errors.join(' '),
      });
    }
    console.table(rows);
    const result = {
      js_kb_gzip: Math.max(...rows.map((r) => r.js_kb_gzip)),
      lighthouse_performance: Math.min(...rows.map((r) => r.lighthouse_performance)),
      lighthouse_accessibility: Math.min(...rows.map((r) => r.lighthouse_accessibility)),
      pages: rows,
    };
    await writeFile(path.join(outDir, 'load.json'), JSON.stringify(result, null, 2) + '\n');
  } finally {
    await server.stop();
    await rm(buildDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
