/** Browser side of bench:first-sync: throttled Chromium profiles and byte counting over CDP. */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium DevTools' own "Slow 4G" preset (SDK NetworkManager `Slow4GConditions`): Lighthouse's
 * 150 ms RTT × 3.75 request latency, 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up.
 */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
  uploadThroughput: (750 * 1000 * 0.9) / 8,
};

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface Throttled {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Every request so far: URL, and when it was sent / answered / finished (epoch ms). */
  requests(): TimedRequest[];
}

export interface TimedRequest {
  url: string;
  sent: number;
  response?: number | undefined;
  finished?: number | undefined;
  bytes: number;
}

/** A fresh profile (new context: empty IndexedDB, no service worker), throttled. */
export async function throttledPage(browser: Browser): Promise<Throttled> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const urls = new Map<string, string>();
  const received = new Map<string, number>();
  const finished = new Map<string, number>();
  // CDP's timestamps are monotonic seconds; requestWillBeSent also gives the wall time.
  let wallOffset: number | undefined;
  const times = new Map<string, { sent: number; response?: number; finished?: number }>();
  const wall = (timestamp: number) => (timestamp + (wallOffset ?? 0)) * 1000;
  cdp.on('Network.requestWillBeSent', (e) => {
    urls.set(e.requestId, e.request.url);
    wallOffset ??= e.wallTime - e.timestamp;
    times.set(e.requestId, { sent: wall(e.timestamp) });
  });
  cdp.on('Network.responseReceived', (e) => {
    const t = times.get(e.requestId);
    if (t) t.response = wall(e.timestamp);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const t = times.get(e.requestId);
    if (t) t.finished = wall(e.timestamp);
  });
  cdp.on('Network.dataReceived', (e) =>
    received.set(e.requestId, (received.get(e.requestId) ?? 0) + e.encodedDataLength),
  );
  cdp.on('Network.loadingFinished', (e) => finished.set(e.requestId, e.encodedDataLength));
  return {
    context,
    page,
    cdp,
    requests: () =>
      [...times].map(([id, t]) => ({
        url: urls.get(id) ?? '',
        ...t,
        bytes: finished.get(id) ?? received.get(id) ?? 0,
      })),
  };
}

/** What the catalogue sync worker spent, per phase (catalog-sync.ts `syncBusy`), in ms. */
export interface SyncBusy {
  parse: number;
  plan: number;
  index: number;
  finish: number;
  commitWall: number;
}

/** Read inside the sync worker itself (CDP's CPU throttling never reached it). */
export async function syncWorkerBusy(page: Page): Promise<SyncBusy | undefined> {
  const worker = page.workers().find((w) => w.url().includes('catalog-sync.worker'));
  return worker?.evaluate(
    () => (self as unknown as { catalogSyncBusy?: SyncBusy }).catalogSyncBusy,
  );
}

/** One 'ready' message of the app's search worker, at page time `at` (ms since navigation). */
export interface SearchReadyNote {
  at: number;
  count: number;
  /** 'asked': the page sent the worker a 'sync' (count -1). */
  source: 'snapshot' | 'built' | 'asked';
  ms: number;
}

/**
 * Notes every 'ready' message the search worker sends (whether it restored the index the sync
 * worker stored, or built one, and how long it took) without touching the app: the page's
 * Worker constructor is wrapped before any script runs.
 */
export async function watchSearchWorker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const notes: SearchReadyNote[] = [];
    (window as unknown as { benchSearchReady: SearchReadyNote[] }).benchSearchReady = notes;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (!String(url).includes('search.worker')) return;
        const post = this.postMessage.bind(this);
        this.postMessage = (message: unknown, ...rest: unknown[]) => {
          if ((message as { type?: string })?.type === 'sync') {
            notes.push({ at: performance.now(), count: -1, source: 'asked', ms: 0 });
          }
          return (post as (m: unknown, ...r: unknown[]) => void)(message, ...rest);
        };
        this.addEventListener('message', (event: MessageEvent) => {
          const data = event.data as { type?: string } & Omit<SearchReadyNote, 'at'>;
          if (data?.type !== 'ready') return;
          notes.push({
            at: performance.now(),
            count: data.count,
            source: data.source,
            ms: data.ms,
          });
        });
      }
    };
  });
}

export function searchReadyNotes(page: Page): Promise<SearchReadyNote[]> {
  return page.evaluate(
    () => (window as unknown as { benchSearchReady?: SearchReadyNote[] }).benchSearchReady ?? [],
  );
}

/** Rows in the app's Dexie `services` table (0 before the app created it). */
export function servicesCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'rozcestnik')) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open('rozcestnik');
      open.onerror = () => resolve(0);
      open.onsuccess = () => {
        const db = open.result;
        try {
          const count = db.transaction('services').objectStore('services').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => {
            db.close();
            resolve(0);
          };
        } catch {
          db.close();
          resolve(0);
        }
      };
    });
  });
}

/** Services in the app's search index (the search state writes it on <html> when ready). */
export function searchCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.documentElement.dataset.searchCount ?? 0));
}

/** Which of `ids` the app's Dexie `services` table holds. */
export function missingServices(page: Page, ids: readonly string[]): Promise<number> {
  return page.evaluate(async (wanted) => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'rozcestnik')) return wanted.length;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open('rozcestnik');
      open.onerror = () => resolve(wanted.length);
      open.onsuccess = () => {
        const db = open.result;
        try {
          const keys = db.transaction('services').objectStore('services').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            const have = new Set(keys.result as string[]);
            resolve(wanted.filter((id) => !have.has(id)).length);
          };
          keys.onerror = () => {
            db.close();
            resolve(wanted.length);
          };
        } catch {
          db.close();
          resolve(wanted.length);
        }
      };
    });
  }, ids);
}

/**
 * Polls until the catalogue is searchable: the read model holds `expected` rows AND the app's
 * search index (built or restored in its worker) answers for at least that many. Resolves with
 * the seconds since `start`.
 */
export async function untilSearchable(
  page: Page,
  expected: number,
  start: number,
  onTick: (count: number) => Promise<void> = async () => undefined,
  timeoutMs = 180_000,
): Promise<{ seconds: number; readModelSeconds: number }> {
  let readModelSeconds: number | undefined;
  for (;;) {
    const count = await servicesCount(page).catch(() => 0);
    if (count >= expected) {
      readModelSeconds ??= (performance.now() - start) / 1000;
      if ((await searchCount(page).catch(() => 0)) >= expected) {
        return { seconds: (performance.now() - start) / 1000, readModelSeconds };
      }
    }
    if (performance.now() - start > timeoutMs) {
      throw new Error(`only ${count} of ${expected} services after ${timeoutMs / 1000} s`);
    }
    await onTick(count);
    await page.waitForTimeout(100);
  }
}

/**
 * Watches, inside the page, for the app to say its search index answers for `ids.length`
 * services (the `data-search-count` it sets, search.svelte.ts), then checks that the read model
 * holds every one of `ids`, and records the moment the app said so, in ms since navigation.
 * The check's read may finish later, queued behind the sync's next writes, and is not part of
 * the time; the app hands search a seeded ORP's index only after committing its rows
 * (catalog-sync.ts `seed`), which the check confirms. In the page, so neither a polling interval
 * nor the polling itself (a CDP round trip on a throttled page) is part of the time either.
 * Call before navigating; `untilOrpSearchable` reads it.
 */
export async function watchOrpSearchable(page: Page, ids: readonly string[]): Promise<void> {
  await page.addInitScript(
    (wanted: string[]) => {
      // No named function inside: tsx's name helper does not exist in the page.
      const w = window as unknown as { benchOrpSearchable?: number };
      new MutationObserver((_, observer) => {
        const count = Number(document.documentElement.dataset.searchCount ?? 0);
        if (count < wanted.length || w.benchOrpSearchable !== undefined) return;
        const said = performance.now();
        const open = indexedDB.open('rozcestnik');
        open.onsuccess = () => {
          const db = open.result;
          const keys = db.transaction('services').objectStore('services').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            const have = new Set(keys.result as string[]);
            if (w.benchOrpSearchable !== undefined || !wanted.every((id) => have.has(id))) return;
            w.benchOrpSearchable = said;
            observer.disconnect();
          };
        };
        // The document, not its element: an init script runs before <html> exists.
      }).observe(document, { subtree: true, attributeFilter: ['data-search-count'] });
    },
    [...ids],
  );
}

/** Seconds since navigation until `watchOrpSearchable` saw the ORP searchable. */
export async function untilOrpSearchable(
  page: Page,
  ids: readonly string[],
  timeoutMs = 120_000,
): Promise<number> {
  const started = performance.now();
  for (;;) {
    const at = await page.evaluate(
      () => (window as unknown as { benchOrpSearchable?: number }).benchOrpSearchable,
    );
    if (at !== undefined) return at / 1000;
    if (performance.now() - started > timeoutMs) {
      const missing = await missingServices(page, ids).catch(() => ids.length);
      throw new Error(
        `ORP not searchable after ${timeoutMs / 1000} s (${missing} of ${ids.length} services missing from the read model)`,
      );
    }
    await page.waitForTimeout(200);
  }
}

/** Worker busy time and the search worker's answers for one run, read once it is searchable. */
export async function workerReport(page: Page): Promise<{
  busy: SyncBusy | undefined;
  search: SearchReadyNote[];
  /** The sync worker's performance marks, in ms since the page's navigation. */
  marks: Record<string, number>;
}> {
  const origin = await page.evaluate(() => performance.timeOrigin);
  const worker = page.workers().find((w) => w.url().includes('catalog-sync.worker'));
  const marks =
    (await worker?.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .map((m) => [m.name, performance.timeOrigin + m.startTime] as const),
    )) ?? [];
  return {
    busy: await syncWorkerBusy(page),
    search: await searchReadyNotes(page),
    marks: Object.fromEntries(marks.map(([name, at]) => [name, Math.round(at - origin)])),
  };
}

/**
 * The ORP run's critical path: when each request started and finished, in seconds since
 * navigation (document, scripts, worker scripts, snapshots, `_changes`), next to first paint
 * and the search worker's ready notes.
 */
export async function timeline(run: Throttled): Promise<{
  paint: number;
  requests: { what: string; sent: number; done?: number; kb: number }[];
}> {
  const { origin, paint } = await run.page.evaluate(() => ({
    origin: performance.timeOrigin,
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
  }));
  const s = (epochMs: number | undefined) =>
    epochMs === undefined ? undefined : Math.round(epochMs - origin) / 1000;
  return {
    paint: paint / 1000,
    requests: run
      .requests()
      .map((r) => ({
        what: new URL(r.url).pathname.replace(/^\/_app\/immutable\//, '') + new URL(r.url).search,
        sent: s(r.sent)!,
        done: s(r.finished),
        kb: Math.round(r.bytes / 102.4) / 10,
      }))
      .sort((a, b) => a.sent - b.sent),
  };
}
