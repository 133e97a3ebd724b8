import MiniSearch, { type AsPlainObject } from 'minisearch';
import { distanceKm, type LatLon } from './distance';
import { FacetBitsets } from './facet-bitsets';
import { FacetTable, type FacetCounts } from './facet-counts';
import type { FacetKey, Filters } from './facet.types';
import { czechCollator, foldText } from './fold';
import { LruCache } from './lru-cache';
import {
  ALL_FIELDS,
  isShort,
  miniSearchOptions,
  SEARCH_OPTIONS,
  SHORT_QUERY,
} from './search-options';
import {
  cardAt,
  searchParts,
  type SearchCard,
  type SearchCards,
  type SearchCore,
  type SearchParts,
} from './search-parts';
import { textAt } from './search-columns';
import { SearchTopics, situationsOf } from './search-topics';
import { TermScores } from './term-scores';
import { STOP_WORDS } from '../catalog/data/search-vocabulary.data';
import { topRows } from './top-rows';

/** What search needs from a service row (ServiceRow satisfies it). */
export interface SearchDoc {
  id: string;
  serviceTypeKey: string;
  category: string;
  lifeSituations: readonly string[];
  targetGroups: readonly string[];
  ageGroups: readonly string[];
  forms: readonly string[];
  municipalities: readonly string[];
  name: string;
  providerName: string;
  serviceTypeName: string;
  serviceTypeSection: string;
  description: string;
  orps: readonly string[];
  geo?: LatLon | undefined;
}

/** Taxonomy words indexed with the service type (both languages, so English queries work too). */
export interface SearchLabels {
  targetGroup(key: string): readonly string[];
  category(key: string): readonly string[];
}

export type SearchSort = 'relevance' | 'name' | 'distance';

export interface SearchRequest {
  query: string;
  filters: Filters;
  /** Municipality keys of the chosen ORP plus its key; undefined = whole region. */
  territory?: { orp: string; municipalities: ReadonlySet<string> } | undefined;
  sort: SearchSort;
  origin?: LatLon | undefined;
  /** Only the first `limit` rows in display order (the cards on screen); all when undefined. */
  limit?: number | undefined;
  /**
   * Service types in the order they help (a picked life situation's mapping): with the
   * relevance sort, services of the first type come first, then the second's, then the rest.
   */
  rankTypes?: readonly string[] | undefined;
}

export interface SearchOutcome {
  /** Indexes into the engine's docs, in display order: the first `limit` of `total`. */
  rows: number[];
  /** How many rows match (query, territory and filters), however many `rows` holds. */
  total: number;
  counts: FacetCounts;
  /** Folded document terms that matched, for highlighting. */
  terms: Set<string>;
  /** Kilometres per returned row index, when sorted by distance. */
  distances?: Map<number, number>;
  /** No service matched every word: the rows match some of them, most words first. */
  partial: boolean;
  /** Life situations whose words the query's match, best first (one-tap suggestions). */
  situations: string[];
}

const STOP = new Set(STOP_WORDS.map(foldText));

/** A sentence without its stop words ("manzel me bije" → "manzel bije"); stop words alone stay. */
export function meaningfulWords(folded: string): string {
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const kept = words.filter((word) => !STOP.has(word));
  return kept.length > 0 ? kept.join(' ') : folded;
}

/** Queries shorter than this are treated as empty: one letter would match nearly everything. */
export const MIN_QUERY_LENGTH = 2;

/**
 * Full-text search (minisearch's index) plus facet counts over one catalogue snapshot. Built
 * once from rows (or restored from stored SearchParts); each keystroke adds cached per-word
 * score vectors (TermScores: minisearch's scoring on typed arrays), then one pass of the
 * facets and a partial sort of the rows on screen.
 */
export class SearchEngine {
  /** Rows in the index. */
  readonly size: number;
  readonly #core: SearchCore;
  #cards: SearchCards | undefined;
  readonly #scores: TermScores;
  readonly #facets: FacetTable;
  readonly #bitsets: FacetBitsets;
  /** Position of each row in Czech collation order of names. */
  readonly #nameRank: Int32Array;
  readonly #byName: Int32Array;
  /** Reused per keystroke: candidates inside a territory, distances per row. */
  readonly #candidates: Int32Array;
  #distances: Float64Array | undefined;
  /** Rows of an ORP (name order) and their mask; a territory change re-walks every row. */
  readonly #territories = new LruCache<string, { rows: Int32Array; mask: Uint8Array }>(8);
  /**
   * Whole answers by query, filters, territory and sort: a backspace, a retyped word or a
   * filter toggled back costs a lookup. Outcomes are never mutated after they are returned.
   */
  readonly #outcomes = new LruCache<string, SearchOutcome>(64);

  private constructor(parts: SearchCore, cards: SearchCards | undefined) {
    this.size = parts.count;
    this.#core = parts;
    this.#cards = cards;
    const topics = new SearchTopics(
      {
        serviceType: parts.facets.serviceType,
        lifeSituation: parts.facets.lifeSituation,
        municipality: parts.facets.municipality,
        orps: parts.orps,
      },
      parts.count,
    );
    this.#scores = new TermScores(
      parts.terms,
      parts.count,
      SEARCH_OPTIONS.processTerm,
      SEARCH_OPTIONS.searchOptions,
      topics.rowsOfWord,
    );
    this.#facets = new FacetTable(parts.facets);
    this.#bitsets = new FacetBitsets(parts.facets, parts.facetBits);
    this.#byName = parts.byName;
    this.#nameRank = parts.nameRank;
    this.#candidates = new Int32Array(parts.count);
  }

  static build(docs: readonly SearchDoc[], labels: SearchLabels): SearchEngine {
    const mini = new MiniSearch<number>(miniSearchOptions(docs, labels));
    mini.addAll(docs.map((_, i) => i));
    return SearchEngine.fromIndex(docs, mini.toJSON());
  }

  /** Builds in chunks with pauses, so a large catalogue never blocks the thread for long. */
  static async buildAsync(docs: readonly SearchDoc[], labels: SearchLabels): Promise<SearchEngine> {
    const mini = new MiniSearch<number>(miniSearchOptions(docs, labels));
    await mini.addAllAsync(
      docs.map((_, i) => i),
      { chunkSize: 200 },
    );
    return SearchEngine.fromIndex(docs, mini.toJSON());
  }

  /** From minisearch's saved index of `docs` (document ids are row indexes), e.g. built while rows stream in. */
  static fromIndex(docs: readonly SearchDoc[], index: AsPlainObject): SearchEngine {
    const byName = docs.map((_, i) => i).sort((a, b) => compareNames(docs[a]!, docs[b]!));
    const parts = searchParts(docs, index, byName, facetValues);
    return new SearchEngine(parts, parts.cards);
  }

  /** Restores stored parts (`parts()`, as IndexedDB hands them back): no rebuild, no parse. */
  static restore(parts: SearchParts): SearchEngine {
    return new SearchEngine(parts, parts.cards);
  }

  /**
   * Restores only what answering needs (start-up reads the core first); `card()` works once
   * the cards' texts are attached (`attachCards`).
   */
  static restoreCore(core: SearchCore): SearchEngine {
    return new SearchEngine(core, undefined);
  }

  attachCards(cards: SearchCards): void {
    this.#cards = cards;
  }

  get hasCards(): boolean {
    return this.#cards !== undefined;
  }

  /** The same index with empty caches (e.g. to warm the code up without touching this one's). */
  twin(): SearchEngine {
    return new SearchEngine(this.#core, this.#cards);
  }

  /**
   * Scores about `budget` more postings ahead of any search (in idle time); true when all are.
   * Answers do not change, only how long the first search of a broad prefix takes.
   */
  scoreAhead(budget: number): boolean {
    return this.#scores.scoreAhead(budget);
  }

  /** Option keys of a facet, in the catalogue. */
  facetOptions(facet: FacetKey): readonly string[] {
    return this.#facets.options(facet);
  }

  /** What to persist (an engine restored from its core alone needs its cards attached). */
  parts(): SearchParts {
    if (!this.#cards) throw new Error('search cards not loaded');
    return { ...this.#core, cards: this.#cards };
  }

  /** Service ids of rows (they are in the core; card texts may still be on their way). */
  ids(rows: readonly number[]): string[] {
    return rows.map((row) => textAt(this.#core.ids, row));
  }

  /** A result card's fields. */
  card(row: number): SearchCard {
    if (!this.#cards) throw new Error('search cards not loaded');
    return cardAt(this.#core, this.#cards, row);
  }

  /** Row indexes in Czech name order. */
  nameOrder(): readonly number[] {
    return Array.from(this.#byName);
  }

  /** The answer to one keystroke; the same request again is answered from a cache. */
  search(request: SearchRequest): SearchOutcome {
    let query = foldText(request.query).trim();
    if (query.replace(/[^\p{L}\p{N}]/gu, '').length < MIN_QUERY_LENGTH) query = '';
    else query = meaningfulWords(query);
    const rankTypes = request.sort === 'relevance' ? request.rankTypes : undefined;
    const key = JSON.stringify([
      rankTypes,
      query,
      request.filters,
      request.territory?.orp,
      request.sort,
      request.sort === 'distance' ? request.origin : undefined,
      request.limit,
    ]);
    const cached = this.#outcomes.get(key);
    if (cached) return cached;
    const outcome = this.#search(query, request);
    this.#outcomes.set(key, outcome);
    return outcome;
  }

  #search(query: string, request: SearchRequest): SearchOutcome {
    const territory = this.#territory(request.territory);
    let terms = new Set<string>();
    let candidates: Int32Array;
    let score: Float64Array | undefined;
    let partial = false;
    let situations: string[] = [];
    /** The query's words, when they may suggest life situations (not a lone short prefix). */
    let words: string[] | undefined;
    if (!query) {
      candidates = territory?.rows ?? this.#byName;
    } else {
      const short = isShort(query);
      const fields = short ? SHORT_QUERY.fields : ALL_FIELDS;
      let found = this.#scores.search(query, fields, 'and', !short);
      const split = this.#scores.words(query);
      if (found.rows.length === 0 && split.length > 1) {
        found = this.#scores.search(query, fields, 'or', !short);
        partial = found.rows.length > 0;
      }
      if (!short) words = split;
      terms = found.terms;
      score = found.score;
      candidates = found.rows;
      const inTerritory = territory?.mask;
      if (inTerritory) {
        let n = 0;
        for (const row of found.rows) if (inTerritory[row]) this.#candidates[n++] = row;
        candidates = this.#candidates.subarray(0, n);
      }
    }
    // Same answers either way (property-tested); per-row walks win on narrow results, bitsets
    // (rows / 32 words per option) on broad ones such as short prefixes (measured: 10,000 rows,
    // 3.8 ms vs 1.3 ms; 270 rows, 0.2 ms vs 3 ms).
    const facets = candidates.length * 8 > this.size ? this.#bitsets : this.#facets;
    const { matches, counts } = facets.apply(request.filters, candidates);
    const total = matches.length;
    // Suggestions only show when no service matches every word or nothing is left (the page's
    // rule), so a full match never pays for them.
    if (words !== undefined && (partial || total === 0)) {
      situations = situationsOf(words);
    }
    const limit = Math.min(request.limit ?? total, total);
    const rank = this.#nameRank;
    if (request.sort === 'distance' && request.origin) {
      const km = (this.#distances ??= new Float64Array(this.size));
      const origin = request.origin;
      const geo = this.#core.geo;
      for (const row of matches) {
        const lat = geo[row * 2]!;
        km[row] = Number.isNaN(lat)
          ? Infinity
          : distanceKm(origin, { lat, lon: geo[row * 2 + 1]! });
      }
      const rows = topRows(matches, total, limit, (a, b) =>
        km[a] === km[b] ? rank[a]! < rank[b]! : km[a]! < km[b]!,
      );
      const distances = new Map(rows.map((row) => [row, km[row]!]));
      return { rows, total, counts, terms, distances, partial, situations };
    }
    let rows: number[];
    const typeRank = request.sort === 'relevance' ? this.#typeRanks(request.rankTypes) : undefined;
    if (typeRank) {
      const by = score;
      rows = topRows(matches, total, limit, (a, b) =>
        typeRank[a] !== typeRank[b]
          ? typeRank[a]! < typeRank[b]!
          : by && by[a] !== by[b]
            ? by[a]! > by[b]!
            : rank[a]! < rank[b]!,
      );
    } else if (score && request.sort === 'relevance') {
      rows = topRows(matches, total, limit, (a, b) =>
        score[a] === score[b] ? rank[a]! < rank[b]! : score[a]! > score[b]!,
      );
    } else if (query && request.sort === 'name') {
      rows = topRows(matches, total, limit, (a, b) => rank[a]! < rank[b]!);
    } else {
      // Already in display order: name order without a query (or unsorted, as before).
      rows = Array.from(matches.subarray(0, limit));
    }
    return { rows, total, counts, terms, partial, situations };
  }

  /** Each row's place in `types` (its service type's position; the rest after them). */
  #typeRanks(types: readonly string[] | undefined): Uint8Array | undefined {
    if (!types || types.length === 0) return undefined;
    const { options, starts, values } = this.#core.facets.serviceType;
    const byOption = options.map((key) => {
      const at = types.indexOf(key);
      return at < 0 ? Math.min(types.length, 255) : Math.min(at, 254);
    });
    const ranks = new Uint8Array(this.size).fill(Math.min(types.length, 255));
    for (let row = 0; row < this.size; row++) {
      if (starts[row + 1]! > starts[row]!) ranks[row] = byOption[values[starts[row]!]!]!;
    }
    return ranks;
  }

  /** Row indexes (in name order) inside the chosen ORP, and their mask; cached per ORP. */
  #territory(
    territory: SearchRequest['territory'],
  ): { rows: Int32Array; mask: Uint8Array } | undefined {
    if (!territory) return undefined;
    const cached = this.#territories.get(territory.orp);
    if (cached) return cached;
    const mask = this.#facets.rowsWithAny('municipality', territory.municipalities);
    const { options, starts, values } = this.#core.orps;
    const orp = options.indexOf(territory.orp);
    if (orp >= 0) {
      for (let row = 0; row < this.size; row++) {
        for (let i = starts[row]!, end = starts[row + 1]!; i < end; i++) {
          if (values[i] === orp) mask[row] = 1;
        }
      }
    }
    const entry = { rows: this.#byName.filter((row) => mask[row] === 1), mask };
    this.#territories.set(territory.orp, entry);
    return entry;
  }
}

function compareNames(a: SearchDoc, b: SearchDoc): number {
  return (
    czechCollator.compare(a.name, b.name) || czechCollator.compare(a.providerName, b.providerName)
  );
}

/** Which row field feeds which filter. */
export function facetValues(doc: SearchDoc, facet: FacetKey): readonly string[] {
  switch (facet) {
    case 'lifeSituation':
      return doc.lifeSituations;
    case 'targetGroup':
      return doc.targetGroups;
    case 'serviceType':
      return doc.serviceTypeKey ? [doc.serviceTypeKey] : [];
    case 'form':
      return doc.forms;
    case 'municipality':
      return doc.municipalities;
    case 'ageGroup':
      return doc.ageGroups;
  }
}
