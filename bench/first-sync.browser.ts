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

/** Lighthouse's "Slow 4G": 150 ms RTT, 1.6 Mbps down, 750 kbps up. */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1638.4 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface Throttled {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Bytes on the wire of responses whose URL matches, finished or cut. */
  bytes(match: RegExp): number;
  failed(match: RegExp): number;
  /**
   * Upper bound of bytes fetched twice: the full size of every successful response whose URL
   * also had a failed (cut) request. CDP does not report the bytes of a cut response reliably.
   */
  refetchedAtMost(match: RegExp): number;
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
  const failures = new Set<string>();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.dataReceived', (e) =>
    received.set(e.requestId, (received.get(e.requestId) ?? 0) + e.encodedDataLength),
  );
  cdp.on('Network.loadingFinished', (e) => finished.set(e.requestId, e.encodedDataLength));
  cdp.on('Network.loadingFailed', (e) => failures.add(e.requestId));
  const ids = (match: RegExp) => [...urls].filter(([, url]) => match.test(url)).map(([id]) => id);
  return {
    context,
    page,
    cdp,
    bytes: (match) =>
      ids(match).reduce((sum, id) => sum + (finished.get(id) ?? received.get(id) ?? 0), 0),
    failed: (match) => ids(match).filter((id) => failures.has(id)).length,
    refetchedAtMost: (match) => {
      const cutUrls = new Set(
        ids(match)
          .filter((id) => failures.has(id))
          .map((id) => urls.get(id)),
      );
      return ids(match)
        .filter((id) => cutUrls.has(urls.get(id)) && finished.has(id))
        .reduce((sum, id) => sum + (finished.get(id) ?? 0), 0);
    },
  };
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

/** Polls until the read model holds `expected` rows; resolves with the seconds since `start`. */
export async function untilSearchable(
  page: Page,
  expected: number,
  start: number,
  onTick: (count: number) => Promise<void> = async () => undefined,
  timeoutMs = 180_000,
): Promise<number> {
  for (;;) {
    const count = await servicesCount(page).catch(() => 0);
    if (count >= expected) return (performance.now() - start) / 1000;
    if (performance.now() - start > timeoutMs) {
      throw new Error(`only ${count} of ${expected} services after ${timeoutMs / 1000} s`);
    }
    await onTick(count);
    await page.waitForTimeout(200);
  }
}
