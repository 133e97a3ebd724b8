import { describe, expect, it } from 'vitest';
import { toServiceRow } from '$lib/data/catalog-read-model';
import { labelTableOf } from '$lib/search/search-labels';
import { taxonomyDocs } from '$domain/catalog/taxonomy';
import { SEARCH_VOCABULARY } from '$domain/catalog/data/search-vocabulary.data';
import { emptyFilters } from '$domain/search/facet.types';
import { SearchEngine } from '$domain/search/search-engine';
import { labelsFromTable, toSearchDoc } from '$domain/search/search-snapshot';
import { demoServices } from '../../../../../../sync-server/src/demo/catalog.demo';

const rows = demoServices().map(toServiceRow);
const engine = SearchEngine.build(
  rows.map(toSearchDoc),
  labelsFromTable(labelTableOf(taxonomyDocs('2026-01-01T00:00:00.000Z'))),
);

/** Service types of the first five results for a query, as the results page ranks them. */
function topTypes(query: string): string[] {
  const { rows: found } = engine.search({
    query,
    filters: emptyFilters(),
    sort: 'relevance',
    limit: 5,
  });
  return found.map((row) => rows[row]!.serviceTypeKey);
}

describe('search vocabulary on the demo catalogue', () => {
  const cases = SEARCH_VOCABULARY.flatMap((entry) =>
    entry.words.map((word) => ({ word, types: entry.serviceTypes })),
  );
  it.each(cases)('"$word" leads to $types', ({ word, types }) => {
    expect(topTypes(word).some((type) => types.includes(type))).toBe(true);
  });
});
