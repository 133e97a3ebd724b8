/**
 * Runs inside Chromium for `npm run bench:search`: the app's own read-model mapping, Dexie tables,
 * search worker (bundled separately as /search.worker.js) and engine, with no UI. Bundled by
 * search.bench.ts with esbuild.
 */
import { toServiceRow } from '../src/lib/data/catalog-read-model';
import { putServices } from '../src/lib/data/dexie/app.db';
import { loadSearchSnapshot } from '../src/lib/data/dexie/search-index.table';
import type { ServiceDoc } from '../src/lib/domain/catalog/service.types';
import { CATEGORY_NAMES } from '../src/lib/domain/catalog/taxonomy.types';
import { taxonomyDocs } from '../src/lib/domain/catalog/taxonomy';
import { emptyFilters, type Filters } from '../src/lib/domain/search/facet.types';
import { SearchEngine, type SearchRequest } from '../src/lib/domain/search/search-engine';
import {
  decodeSnapshot,
  labelsFromTable,
  type SearchLabelTable,
} from '../src/lib/domain/search/search-snapshot';
import { SearchWorkerClient, type SearchReady } from '../src/lib/search/search-worker.client';
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

const PAGE_SIZE = 50;
let client: SearchWorkerClient | undefined;

function startWorker(onReady: (ready: SearchReady) => void): SearchWorkerClient {
  return new SearchWorkerClient(new Worker('/search.worker.js', { type: 'module' }), {
    onReady,
    onError: (message) => console.error('worker', message),
  });
}

function request(text: string, filters: Filters, territory?: WireSearchRequest['territory']) {
  return { query: text, filters, territory, sort: 'relevance', limit: PAGE_SIZE } as const;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

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
  async ready(): Promise<{ ms: number; sinceNavigation: number; source: string }> {
    const started = performance.now();
    let source = '';
    client = startWorker((r) => (source = r.source));
    client.sync(labels);
    await client.search(request('dum', emptyFilters()));
    return { ms: performance.now() - started, sinceNavigation: performance.now(), source };
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
   * The same keystrokes with the engine on this (throttled) thread: the conservative figure,
   * because DevTools CPU throttling may not slow a dedicated worker.
   */
  async typeMain(queries: BenchQuery[]) {
    const snapshot = await loadSearchSnapshot();
    if (!snapshot) throw new Error('no snapshot');
    const data = decodeSnapshot(snapshot);
    const engine = SearchEngine.restore(
      data.docs,
      labelsFromTable(labels),
      data.index,
      data.byName,
    );
    const times: number[] = [];
    for (const q of queries) {
      const filters = { ...emptyFilters(), ...q.filters };
      const territory: SearchRequest['territory'] = q.territory
        ? { orp: q.territory, municipalities: new Set(q.municipalities) }
        : undefined;
      for (let i = 1; i <= q.text.length; i++) {
        await tick();
        const t0 = performance.now();
        const outcome = engine.search({
          query: q.text.slice(0, i),
          filters,
          territory,
          sort: 'relevance',
        });
        outcome.rows.slice(0, 20).forEach((row) => engine.docs[row]!.name);
        times.push(performance.now() - t0);
      }
    }
    return { times };
  },
};

export type BenchApi = typeof api;
(globalThis as unknown as { bench: BenchApi }).bench = api;
