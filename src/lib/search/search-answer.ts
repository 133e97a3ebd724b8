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
  });
  const { rows, distances } = outcome;
  return {
    total: outcome.total,
    hits: searchCards(engine, rows.slice(0, request.cards ?? rows.length), distances),
    rows,
    distances: distances && rows.map((row) => distances.get(row)!),
    counts: countsToWire(outcome.counts),
    terms: [...outcome.terms],
  };
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
      name: doc.name,
      providerName: doc.providerName,
      serviceTypeSection: doc.serviceTypeSection,
      serviceTypeName: doc.serviceTypeName,
      description: doc.description,
      distanceKm: distances?.get(row),
    };
  });
}
