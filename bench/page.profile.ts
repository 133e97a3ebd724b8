/**
 * A CPU profile of one page load at 4× CPU, for finding what blocks the main thread (the
 * Lighthouse total-blocking-time behind `bench:load`). Not a benchmark: it prints where the
 * time went, not a score. Usage:
 *   tsx bench/page.profile.ts [path] [buildDir] [runs]
 * e.g. `tsx bench/page.profile.ts '/hledat?q=pecovatelska' build 3`.
 */
import path from 'node:path';
import { REPO_ROOT, startTestServer } from '../tests/integration/support/server';
import { launch } from './first-sync.browser';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const pagePath = process.argv[2] ?? '/hledat?q=pecovatelska';
const buildDir = path.resolve(REPO_ROOT, process.argv[3] ?? 'build');
const runs = Number(process.argv[4] ?? 3);

async function profileOnce(origin: string) {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${origin}${pagePath}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-app-started'));
    await page.waitForTimeout(3000);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const metrics = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const longTasks = await page.evaluate(() => {
      const entries = performance.getEntriesByType('longtask');
      return entries.map((e) => Math.round(e.duration));
    });
    const byNode = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    const byUrl = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const node = byNode.get(id)!;
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      const { functionName, url, lineNumber } = node.callFrame;
      const file = url.split('/').pop() || '(native)';
      if (functionName === '(idle)' || functionName === '(program)') return;
      const key = `${functionName || '(anonymous)'} ${file}:${lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + dt);
      byUrl.set(file, (byUrl.get(file) ?? 0) + dt);
    });
    const m = Object.fromEntries(metrics.metrics.map((x) => [x.name, x.value]));
    return {
      task_ms: Math.round(m.TaskDuration! * 1000),
      script_ms: Math.round(m.ScriptDuration! * 1000),
      layout_ms: Math.round(m.LayoutDuration! * 1000),
      style_ms: Math.round(m.RecalcStyleDuration! * 1000),
      nodes: m.Nodes,
      longTasks,
      top: [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25),
      byUrl: [...byUrl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10),
    };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const server = await startTestServer({ env: { BUILD_DIR: buildDir } });
  try {
    for (let i = 0; i < runs; i++) {
      const result = await profileOnce(server.baseUrl);
      const { top, byUrl, ...totals } = result;
      console.log(`run ${i + 1}`, JSON.stringify(totals));
      if (i === runs - 1) {
        console.table(byUrl.map(([file, ms]) => ({ file, ms: Math.round(ms) })));
        console.table(top.map(([fn, ms]) => ({ fn, ms: Math.round(ms) })));
      }
    }
  } finally {
    await server.stop();
  }
}

await main();
