/**
 * Runs inside Chromium for `npm run bench:search`: the app's own read-model mapping, Dexie tables,
 * search worker (bundled separately as /search.worker.js) and engine, with no UI. Bundled by
 * search.bench.ts with esbuild.
 *
 * DevTools CPU throttling applies to pages only (Chromium answers "Operation is only supported
 * for pages, not workers" for a worker target), so the worker's own work runs at full speed.
 * The honest figures therefore run the worker's code (restore, answerSearch) on the throttled
 * page thread, and add only the thread hop measured through the real worker.
 */
import { toServiceRow } from '../src/lib/data/catalog-read-model';
import { db, putServices } from '../src/lib/data/dexie/app.db';
import {
  loadSearchCards,
  loadSearchCore,
  loadSearchSnapshot,
  readCardTexts,
  readCatalogState,
} from '../src/lib/data/dexie/search-index.table';
import type { ServiceDoc } from '../src/lib/domain/catalog/service.types';
import { CATEGORY_NAMES } from '../src/lib/domain/catalog/taxonomy.types';
import { taxonomyDocs } from '../src/lib/domain/catalog/taxonomy';
import { emptyFilters, type Filters } from '../src/lib/domain/search/facet.types';
import { SearchEngine } from '../src/lib/domain/search/search-engine';
import type { SearchLabelTable, SearchSnapshot } from '../src/lib/domain/search/search-snapshot';
import { SearchWorkerClient, type SearchReady } from '../src/lib/search/search-worker.client';
import { answerSearch, answerSearchReading, warmUpSlices } from '../src/lib/search/search-answer';
import { countsFromWire, type WireSearchRequest } from '../src/lib/search/search-worker.protocol';

export interface BenchQuery {
  text: string;
  filters: Partial<Filters>;
  territory?: string;
  /** Municipality keys of the territory's services (computed by the driver). */
  municipalities?: string[];
}

/** The same label table the app's search state sends (labelTable in search.svelte.ts). */
const labels: SearchLabelTable = {
  targetGroups: taxonomyDocs('2026-01-01T00:00:00.000Z')
    .filter((d) => d.kind === 'target-group')
    .map((d) => [d.key, [d.name.cs, d.name.en]]),
  categories: Object.entries(CATEGORY_NAMES).map(([k, n]) => [k, [n.cs, n.en]]),
};

/**
 * Rows per step and card texts with the answer, as the results page asks
 * (src/routes/hledat/+page.svelte): the first screen's cards; the rest follow one frame each.
 */
const PAGE_SIZE = 100;
const FIRST_CARDS = 20;
let client: SearchWorkerClient | undefined;

function startWorker(onReady: (ready: SearchReady) => void): SearchWorkerClient {
  return new SearchWorkerClient(new Worker('/search.worker.js', { type: 'module' }), {
    onReady,
    onError: (message) => console.error('worker', message),
  });
}

function request(text: string, filters: Filters, territory?: WireSearchRequest['territory']) {
  return {
    query: text,
    filters,
    territory,
    sort: 'relevance',
    limit: PAGE_SIZE,
    cards: FIRST_CARDS,
  } as const;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function restoreEngine(snapshot: SearchSnapshot): SearchEngine {
  return SearchEngine.restore(snapshot.parts);
}

const api = {
  async seed(docs: ServiceDoc[]): Promise<number> {
    const rows = docs.map(toServiceRow);
    for (let i = 0; i < rows.length; i += 1000) await putServices(rows.slice(i, i + 1000));
    return rows.length;
  },
  /** First start after the catalogue arrived: the worker builds and persists the index. */
  async coldBuild(): Promise<{ ms: number; source: string }> {
    const started = performance.now();
    let cold: SearchWorkerClient | undefined;
    const ready = await new Promise<SearchReady>((resolve) => {
      cold = startWorker(resolve);
      cold.sync(labels);
    });
    const ms = performance.now() - started;
    while (!(await loadSearchSnapshot())) await new Promise((r) => setTimeout(r, 100));
    cold?.terminate();
    return { ms, source: ready.source };
  },
  /**
   * App start with a warm IndexedDB: start the worker as the app does, ask a query, and time
   * until the answer arrives (the index must be in memory to answer).
   */
  async ready(): Promise<{
    ms: number;
    sinceNavigation: number;
    source: string;
    workerMs: number;
    answerMs: number;
  }> {
    const started = performance.now();
    let source = '';
    let workerMs = 0;
    client = startWorker((r) => {
      source = r.source;
      workerMs = r.ms;
    });
    client.sync(labels);
    const first = await client.search(request('dum', emptyFilters()));
    const ms = performance.now() - started;
    // The worker's own time for the first answer (readyMain times it throttled).
    const answerMs = first?.ms ?? 0;
    return { ms, sinceNavigation: performance.now(), source, workerMs, answerMs };
  },
  /**
   * Types each query one key at a time through the worker (each keystroke its own task), as the
   * page does: keystroke → answer (count, facet counts, the first cards' rows) back on the page.
   * Long tasks on the page's thread are observed meanwhile.
   */
  async typeWorker(queries: BenchQuery[]) {
    if (!client) throw new Error('not ready');
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const times: number[] = [];
    const inWorker: number[] = [];
    for (const q of queries) {
      const filters = { ...emptyFilters(), ...q.filters };
      // Territory municipalities come with the query, as the page takes them from the taxonomy.
      const territory = q.territory
        ? { orp: q.territory, municipalities: q.municipalities ?? [] }
        : undefined;
      for (let i = 1; i <= q.text.length; i++) {
        await tick();
        const t0 = performance.now();
        const answer = await client.search(request(q.text.slice(0, i), filters, territory));
        if (!answer) throw new Error('superseded');
        countsFromWire(answer.counts);
        answer.hits.slice(0, 20).forEach((hit) => hit.name);
        times.push(performance.now() - t0);
        inWorker.push(answer.ms);
      }
    }
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    return { times, inWorker, longTasks };
  },
  /**
   * A fixed amount of work on this thread, to tell a loaded machine from a slow answer: the
   * same figure on an idle machine is the reference when comparing runs.
   */
  calibrate(): number {
    const started = performance.now();
    let x = 0;
    for (let i = 0; i < 5_000_000; i++) x = (x + i * 7) % 1_000_003;
    if (x < 0) console.log(x);
    return performance.now() - started;
  },
  /**
   * App start with a warm IndexedDB, with the worker's start-up work (search.worker.ts `open`)
   * on this throttled thread: the core read with the catalogue state, restored, the first answer
   * (its first screen's card texts from the service rows). The stored card texts are read after
   * ready, as the worker does (`cardsAfter`, not part of ready).
   */
  async readyMain(): Promise<{
    ms: number;
    open: number;
    read: number;
    restore: number;
    firstAnswer: number;
    cardsAfter: number;
  }> {
    const started = performance.now();
    // Opening the database (the worker's first read does it too), timed apart from the reads.
    await db.open();
    const open = performance.now() - started;
    const [stored] = await Promise.all([loadSearchCore(), readCatalogState()]);
    if (!stored) throw new Error('no snapshot');
    const read = performance.now() - started - open;
    const restored = SearchEngine.restoreCore(stored.core);
    const restore = performance.now() - started - open - read;
    const answering = performance.now();
    await answerSearchReading(restored, request('dum', emptyFilters()), readCardTexts);
    const ms = performance.now() - started;
    const cards = await loadSearchCards();
    if (cards?.key !== stored.key) throw new Error('no cards');
    restored.attachCards(cards.cards);
    const cardsAfter = performance.now() - started - ms;
    return { ms, open, read, restore, firstAnswer: ms - (answering - started), cardsAfter };
  },
  /**
   * The same keystrokes with the worker's code on this (throttled) thread: the engine, the
   * answer as the worker builds it, its structured clone (what postMessage copies) and the
   * page's decoding of the counts. A fresh engine per pass, so its caches start cold as in a
   * new session; before the first, the worker's warm-up (warmUpRequests) as it runs after ready.
   */
  async typeMain(queries: BenchQuery[], passes: number) {
    const snapshot = await loadSearchSnapshot();
    if (!snapshot) throw new Error('no snapshot');
    /** answerSearch alone: the search, the facet counts and the answer the worker posts. */
    let compute: number[] = [];
    /** Plus its structured clone and the page's decoding of the counts. */
    let times: number[] = [];
    /** Per keystroke, its fastest compute over the passes. */
    const fastestCompute: number[] = [];
    /** Compute time of every pass per keystroke, for the slowest list the driver prints. */
    const perPass: number[][] = [];
    let warmUpMs = 0;
    for (let pass = 0; pass < passes; pass++) {
      const engine = restoreEngine(snapshot);
      if (pass === 0) {
        // As the worker does once its index is ready, one slice per task.
        const slice = warmUpSlices(engine);
        for (let more = true; more;) {
          await tick();
          const started = performance.now();
          more = slice();
          warmUpMs += performance.now() - started;
        }
      }
      const passCompute: number[] = [];
      const passTimes: number[] = [];
      for (const q of queries) {
        const filters = { ...emptyFilters(), ...q.filters };
        const territory = q.territory
          ? { orp: q.territory, municipalities: q.municipalities ?? [] }
          : undefined;
        for (let i = 1; i <= q.text.length; i++) {
          await tick();
          const t0 = performance.now();
          const computed = answerSearch(engine, request(q.text.slice(0, i), filters, territory));
          const t1 = performance.now();
          const answer = structuredClone(computed);
          countsFromWire(answer.counts);
          answer.hits.slice(0, 20).forEach((hit) => hit.name);
          passCompute.push(t1 - t0);
          passTimes.push(performance.now() - t0);
        }
      }
      perPass.push(passCompute);
      if (pass === 0) {
        compute = passCompute;
        times = passTimes;
      }
      passCompute.forEach((ms, k) => (fastestCompute[k] = Math.min(fastestCompute[k] ?? ms, ms)));
    }
    return { compute, times, fastestCompute, perPass, warmUpMs };
  },
};

export type BenchApi = typeof api;
(globalThis as unknown as { bench: BenchApi }).bench = api;
