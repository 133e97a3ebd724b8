import { CATEGORY_NAMES } from '$domain/catalog/taxonomy.types';
import type { ServiceCategory } from '$domain/catalog/service.types';
import { SearchEngine, type SearchLabels } from '$domain/search/search-engine';
import type { ServiceRow } from '$lib/data/catalog-read-model';
import { recordSearchMiss } from '$lib/data/dexie/search-misses.table';
import { catalog } from './catalog.svelte';
import { taxonomy } from './taxonomy.svelte';

/**
 * The search engine over the current catalogue. Rebuilt (in chunks, off the typing path)
 * whenever the read model or the taxonomy labels change; the previous engine keeps answering
 * until the new one is ready, so results never blink.
 */
class SearchState {
  engine = $state.raw<SearchEngine | undefined>();
  rows = $state.raw<readonly ServiceRow[]>([]);
  ready = $derived(this.engine !== undefined);

  #started = false;
  #generation = 0;
  #lastMiss = '';

  start(): void {
    if (this.#started) return;
    this.#started = true;
    $effect.root(() => {
      $effect(() => {
        const rows = catalog.services;
        const loading = catalog.loading;
        const labels = this.#labels(taxonomy.targetGroups);
        if (loading) return;
        const generation = ++this.#generation;
        SearchEngine.buildAsync(rows, labels)
          .then((engine) => {
            if (generation !== this.#generation) return;
            this.rows = rows;
            this.engine = engine;
          })
          .catch((error: unknown) => console.error('search index', error));
      });
    });
  }

  /** Counts a search that found nothing, anonymously; repeated identical misses count once. */
  recordMiss(query: string, filters: Record<string, string[]>): void {
    const key = JSON.stringify([query, filters]);
    if (key === this.#lastMiss) return;
    this.#lastMiss = key;
    recordSearchMiss(query, filters).catch((error: unknown) => console.error('search miss', error));
  }

  #labels(targetGroups: typeof taxonomy.targetGroups): SearchLabels {
    const names = new Map(targetGroups.map((g) => [g.key, [g.name.cs, g.name.en]]));
    return {
      targetGroup: (key) => names.get(key) ?? [],
      category: (key) => {
        const name = CATEGORY_NAMES[key as ServiceCategory];
        return name ? [name.cs, name.en] : [];
      },
    };
  }
}

export const search = new SearchState();
