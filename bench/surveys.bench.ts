/**
 * npm run bench:surveys — 10,000 answers to a 20-question survey (every kind, with breakdowns by
 * municipality and age group) aggregated by the app's aggregateSurvey in Debian's Chromium on a
 * phone-sized viewport at 4× CPU throttling (CDP Emulation.setCPUThrottlingRate). `page_*`: the
 * aggregation the results page runs when it opens (every question; a municipality's or age
 * group's breakdown is aggregated when opened), the first run cold (code not yet optimised),
 * then the median and max of RUNS. `with_breakdowns_*`: both breakdowns at once, for comparison.
 * Goal: page cold and max < 500 ms. Machine load distorts the figures: load_average is written
 * with them. Writes bench-results/surveys.json.
 */
import { createServer } from 'node:http';
import os from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { benchAnswers, benchQuestions } from './survey-answers.generator';
import type { SurveysBenchApi } from './surveys-page.entry';

const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 10_000);
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const ROOT = path.resolve(import.meta.dirname, '..');
const r1 = (n: number) => Math.round(n * 10) / 10;

async function main(): Promise<void> {
  const bundle = await build({
    entryPoints: [path.join(ROOT, 'bench/surveys-page.entry.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
  });
  const js = bundle.outputFiles[0]!.text;
  const questions = benchQuestions(QUESTIONS);
  const body = JSON.stringify({ questions, answers: benchAnswers(questions, ANSWERS) });
  const html =
    '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>';
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else if (req.url === '/answers.json')
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    else res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'bench' in globalThis);
    const loaded = await page.evaluate(() =>
      (globalThis as unknown as { bench: SurveysBenchApi }).bench.load(),
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const run = (times: number, breakdowns: boolean) =>
      page.evaluate(
        ([n, b]) => (globalThis as unknown as { bench: SurveysBenchApi }).bench.run(n, b),
        [times, breakdowns] as const,
      );
    // Cold first (code not yet optimised), as a coordinator opening the results page meets it.
    const cold = await run(1, false);
    const warm = await run(RUNS, false);
    const full = await run(RUNS, true);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const sorted = (ms: number[]) => [...ms].sort((a, b) => a - b);
    const page_ = sorted(warm.ms);
    const full_ = sorted(full.ms);
    const result = {
      answers: loaded,
      questions: QUESTIONS,
      respondents_counted: warm.respondents,
      page_cold_ms: r1(cold.ms[0]!),
      page_median_ms: r1(page_[page_.length >> 1]!),
      page_max_ms: r1(page_[page_.length - 1]!),
      with_breakdowns_median_ms: r1(full_[full_.length >> 1]!),
      with_breakdowns_max_ms: r1(full_[full_.length - 1]!),
      runs: RUNS,
      viewport: '390×844, mobile',
      cpu_throttling: 4,
      goal_ms: 500,
      load_average: os.loadavg().map(r1),
    };
    console.table({ ...result, target: 'page cold and max < 500 ms' });
    await mkdir(path.join(ROOT, 'bench-results'), { recursive: true });
    await writeFile(
      path.join(ROOT, 'bench-results/surveys.json'),
      JSON.stringify(result, null, 2) + '\n',
    );
    if (result.page_cold_ms >= 500 || result.page_max_ms >= 500) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
