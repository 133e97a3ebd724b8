import { emptyFilters } from '$domain/search/facet.types';
import { foldedWords } from '$domain/search/fold';
import type { SearchEngine } from '$domain/search/search-engine';
import {
  countsToWire,
  type SearchAnswer,
  type SearchHit,
  type WireSearchRequest,
} from './search-worker.protocol';

/**
 * One keystroke's answer as it crosses back to the page: the total, the facet counts, the words
 * to highlight, the rows on screen (`limit`) and the card texts of the first `cards` of them
 * (the first screen; the rest cross as they are rendered, `searchCards`). The worker runs it;
 * the search benchmark runs the same function on the throttled page thread.
 */
export function answerSearch(
  engine: SearchEngine,
  request: WireSearchRequest,
): Omit<SearchAnswer, 'id' | 'ms' | 'index'> {
  const { territory } = request;
  const outcome = engine.search({
    query: request.query,
    filters: request.filters,
    territory: territory && {
      orp: territory.orp,
      municipalities: new Set(territory.municipalities),
    },
    sort: request.sort,
    origin: request.origin,
    limit: request.limit,
    rankTypes: request.rankTypes,
  });
  const { rows, distances } = outcome;
  return {
    total: outcome.total,
    hits: searchCards(engine, rows.slice(0, request.cards ?? rows.length), distances),
    rows,
    distances: distances && rows.map((row) => distances.get(row)!),
    counts: countsToWire(outcome.counts),
    terms: [...outcome.terms],
    partial: outcome.partial,
    situations: outcome.situations,
  };
}

/** Reads card texts by service id (readCardTexts: the service rows). */
export type ReadCardTexts = (
  ids: string[],
) => Promise<(Omit<SearchHit, 'distanceKm'> | undefined)[]>;

/**
 * answerSearch while the engine's card texts are still being read (start-up): the same answer,
 * with the first screen's card texts read from the service rows.
 */
export async function answerSearchReading(
  engine: SearchEngine,
  request: WireSearchRequest,
  read: ReadCardTexts,
): Promise<Omit<SearchAnswer, 'id' | 'ms' | 'index'>> {
  const answer = answerSearch(engine, { ...request, cards: 0 });
  const rows = answer.rows.slice(0, request.cards ?? answer.rows.length);
  const hits = await cardsReading(engine, rows, read);
  const km = answer.distances;
  return { ...answer, hits: km ? hits.map((hit, i) => ({ ...hit, distanceKm: km[i] })) : hits };
}

/** Card texts of rows, from the engine once it has them, else from the service rows. */
export async function cardsReading(
  engine: SearchEngine,
  rows: readonly number[],
  read: ReadCardTexts,
): Promise<SearchHit[]> {
  if (engine.hasCards) return searchCards(engine, rows);
  const ids = engine.ids(rows);
  const texts = await read(ids);
  // A row gone from the table (never while the index matches it) keeps its place, untitled.
  return texts.map(
    (text, i) =>
      text ?? {
        id: ids[i]!,
        serviceTypeKey: '',
        name: '',
        providerName: '',
        serviceTypeSection: '',
        serviceTypeName: '',
        description: '',
      },
  );
}

/** Card texts of index rows (and their distance, when known). */
export function searchCards(
  engine: SearchEngine,
  rows: readonly number[],
  distances?: ReadonlyMap<number, number>,
): SearchHit[] {
  return rows.map((row) => {
    const doc = engine.card(row);
    return {
      id: doc.id,
      serviceTypeKey: doc.serviceTypeKey,
      name: doc.name,
      providerName: doc.providerName,
      serviceTypeSection: doc.serviceTypeSection,
      serviceTypeName: doc.serviceTypeName,
      description: doc.description,
      distanceKm: distances?.get(row),
    };
  });
}

/**
 * The worker's idle-time preparation once an index is ready, one slice per call (each call is
 * one task, so a keystroke waits for one slice at most): first every posting's score (50,000
 * per slice), then, once the card texts are in, warmUpRequests on a twin. Returns false when
 * there is nothing left to do.
 */
export function warmUpSlices(engine: SearchEngine): () => boolean {
  let twin: SearchEngine | undefined;
  let requests: WireSearchRequest[] = [];
  let scored = false;
  return () => {
    if (!scored) {
      scored = engine.scoreAhead(50_000);
      return true;
    }
    // The requests are made of the first name, so they wait for the card texts.
    if (!engine.hasCards) return true;
    if (!twin) {
      twin = engine.twin();
      requests = warmUpRequests(twin);
    }
    const request = requests.shift();
    if (!request) return false;
    answerSearch(twin, request);
    return requests.length > 0;
  };
}

/**
 * Searches that run every path of a keystroke once (empty query, a two-letter prefix over
 * names, longer prefixes, a typo-tolerant word, two words, a filter, the name sort), made of
 * the index's own first name. Run on a twin of a freshly restored engine (its caches stay
 * empty), one per task while the worker idles: JavaScript code runs several times slower
 * until the engine has compiled it, and the user's first keystrokes should not pay for that
 * (measured at 4× CPU: the first "pe" of a session 40–90 ms, then under 10).
 */
export function warmUpRequests(engine: SearchEngine): WireSearchRequest[] {
  if (engine.size === 0) return [];
  const words = foldedWords(engine.card(engine.nameOrder()[0]!).name);
  const [first = 'xx', second = 'xx'] = words;
  const long = words.find((word) => word.length >= 5) ?? first;
  const form = emptyFilters();
  form.form = engine.facetOptions('form').slice(0, 1);
  const base = { filters: emptyFilters(), sort: 'relevance', limit: 100, cards: 20 } as const;
  return [
    { ...base, query: '' },
    { ...base, query: first.slice(0, 2) },
    { ...base, query: first.slice(0, 3) },
    { ...base, query: first.slice(0, 4), filters: form },
    { ...base, query: long },
    { ...base, query: `${first} ${second.slice(0, 2)}` },
    { ...base, query: first.slice(0, 3), sort: 'name' },
  ];
}
