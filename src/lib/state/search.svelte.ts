import { deviceData } from '$lib/data/device-data.client';
import { inlineEarly, type BootedWorker } from '$lib/data/boot-workers.client';
// The sync worker builds the same table (catalog-sync.search.ts), so it lives in search-labels.
import { labelTable } from '$lib/search/search-labels';
import { SearchWorkerClient } from '$lib/search/search-worker.client';
import type {
  SearchAnswer,
  SearchHit,
  WireSearchRequest,
} from '$lib/search/search-worker.protocol';
import { catalog } from './catalog.svelte';
import { taxonomy } from './taxonomy.svelte';

/**
 * Search runs in a dedicated worker (src/lib/search/search.worker.ts), so typing never blocks
 * the page. The worker restores its persisted index at start; this state only tells it when
 * the read model or the labels changed, and forwards queries (latest keystroke wins).
 */
class SearchState {
  /** The worker has an index and answers queries. */
  ready = $state(false);
  /** Rows in the index (for diagnostics). */
  count = $state(0);
  /** Bumped whenever the worker swaps in a new index, so the page asks again. */
  generation = $state(0);

  #client: SearchWorkerClient | undefined;
  #started = false;
  #lastMiss = '';

  #worker: Worker | undefined;
  /** The same worker when app.html's inline script started it (and asked it to open). */
  #booted: BootedWorker | undefined;

  /**
   * Takes over the worker app.html's inline script started after the first paint, or requests
   * its script now (the root layout's load, in development); start() uses it.
   */
  prepare(): void {
    if (this.#worker) return;
    this.#booted = inlineEarly()?.search;
    this.#worker =
      this.#booted?.worker ??
      new Worker(new URL('../search/search.worker.ts', import.meta.url), { type: 'module' });
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.prepare();
    const worker = this.#worker!;
    this.#client = new SearchWorkerClient(
      worker,
      {
        onReady: ({ count }) => {
          this.count = count;
          // How many services the index answers for: read by bench:first-sync ("searchable").
          document.documentElement.dataset.searchCount = String(count);
          catalog.noteIndexed(count);
          this.ready = true;
          this.generation++;
        },
        onError: (message) => console.error('search worker', message),
      },
      this.#booted,
    );
    $effect.root(() => {
      $effect(() => {
        // Re-runs on every change of the read model.
        void catalog.version;
        const loading = catalog.loading;
        const labels = labelTable(taxonomy.targetGroups);
        if (loading || !taxonomy.loaded) return;
        this.#client?.sync(labels);
      });
    });
  }

  /** Resolves with the answer, or undefined when a newer query superseded this one. */
  query(request: WireSearchRequest): Promise<SearchAnswer | undefined> {
    return this.#client ? this.#client.search(request) : Promise.resolve(undefined);
  }

  /** Card texts of an answer's further rows (`answer.index`, rows from `answer.rows`). */
  cards(index: number, rows: number[]): Promise<SearchHit[]> {
    return this.#client ? this.#client.cards(index, rows) : Promise.resolve([]);
  }

  /** Counts a search that found nothing, anonymously; repeated identical misses count once. */
  recordMiss(query: string, filters: Record<string, string[]>): void {
    const key = JSON.stringify([query, filters]);
    if (key === this.#lastMiss) return;
    this.#lastMiss = key;
    deviceData
      .write('recordSearchMiss', query, filters)
      .catch((error: unknown) => console.error('search miss', error));
  }
}

export const search = new SearchState();
