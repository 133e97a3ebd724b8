import type { SearchEngine } from '$domain/search/search-engine';
import {
  countsToWire,
  type SearchAnswer,
  type SearchHit,
  type WireSearchRequest,
} from './search-worker.protocol';

/**
 * One keystroke's answer as it crosses back to the page: the total, the facet counts, the words
 * to highlight and only the cards on screen (`limit`). The worker runs it; the search benchmark
 * runs the same function on the throttled page thread.
 */
export function answerSearch(
  engine: SearchEngine,
  request: WireSearchRequest,
): Omit<SearchAnswer, 'id' | 'ms'> {
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
  const hits: SearchHit[] = outcome.rows.map((row) => {
    const doc = engine.card(row);
    return {
      id: doc.id,
      name: doc.name,
      providerName: doc.providerName,
      serviceTypeSection: doc.serviceTypeSection,
      serviceTypeName: doc.serviceTypeName,
      description: doc.description,
      distanceKm: outcome.distances?.get(row),
    };
  });
  return {
    total: outcome.total,
    hits,
    counts: countsToWire(outcome.counts),
    terms: [...outcome.terms],
  };
}
