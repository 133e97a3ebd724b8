/**
 * Runs inside Chromium for `npm run bench:search`: the app's own read-model mapping, Dexie table
 * and search engine, with no UI. Bundled by search.bench.ts with esbuild.
 */
import { toServiceRow, type ServiceRow } from '../src/lib/data/catalog-read-model';
import { observeServices, putServices } from '../src/lib/data/dexie/app.db';
import type { ServiceDoc } from '../src/lib/domain/catalog/service.types';
import { CATEGORY_NAMES } from '../src/lib/domain/catalog/taxonomy.types';
import { taxonomyDocs } from '../src/lib/domain/catalog/taxonomy';
import { emptyFilters, type Filters } from '../src/lib/domain/search/facet.types';
import { SearchEngine, type SearchLabels } from '../src/lib/domain/search/search-engine';

export interface BenchQuery {
  text: string;
  filters: Partial<Filters>;
  territory?: string;
}

const groups = new Map(
  taxonomyDocs('2026-01-01T00:00:00.000Z')
    .filter((d) => d.kind === 'target-group')
    .map((d) => [d.key, [d.name.cs, d.name.en]]),
);
const labels: SearchLabels = {
  targetGroup: (k) => groups.get(k) ?? [],
  category: (k) => {
    const n = CATEGORY_NAMES[k as keyof typeof CATEGORY_NAMES];
    return n ? [n.cs, n.en] : [];
  },
};

let engine: SearchEngine | undefined;

function loadRows(): Promise<ServiceRow[]> {
  return new Promise((resolve, reject) => {
    const stop = observeServices((rows) => {
      stop();
      resolve(rows);
    }, reject);
  });
}

const api = {
  async seed(docs: ServiceDoc[]): Promise<number> {
    const rows = docs.map(toServiceRow);
    for (let i = 0; i < rows.length; i += 1000) await putServices(rows.slice(i, i + 1000));
    return rows.length;
  },
  /** App start with a warm IndexedDB: read the rows, build the index; ms until searchable. */
  async ready(): Promise<number> {
    const started = performance.now();
    const rows = await loadRows();
    engine = await SearchEngine.buildAsync(rows, labels);
    return performance.now() - started;
  },
  /** Types each query one key at a time (each keystroke its own task); returns ms per keystroke. */
  async type(queries: BenchQuery[]): Promise<{ times: number[]; longTasks: number[] }> {
    if (!engine) throw new Error('not ready');
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const times: number[] = [];
    const munis = new Map<string, Set<string>>();
    for (const q of queries) {
      const filters = { ...emptyFilters(), ...q.filters };
      let territory;
      if (q.territory) {
        const set =
          munis.get(q.territory) ??
          new Set(
            engine.docs
              .filter((d) => d.orps.includes(q.territory!))
              .flatMap((d) => d.municipalities),
          );
        munis.set(q.territory, set);
        territory = { orp: q.territory, municipalities: set };
      }
      for (let i = 1; i <= q.text.length; i++) {
        await new Promise((r) => setTimeout(r, 0));
        const t0 = performance.now();
        const outcome = engine.search({
          query: q.text.slice(0, i),
          filters,
          territory,
          sort: 'relevance',
        });
        // What the page renders first: the top results' rows.
        outcome.rows.slice(0, 20).forEach((row) => engine!.docs[row]!.name);
        times.push(performance.now() - t0);
      }
    }
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    return { times, longTasks };
  },
};

export type BenchApi = typeof api;
(globalThis as unknown as { bench: BenchApi }).bench = api;
