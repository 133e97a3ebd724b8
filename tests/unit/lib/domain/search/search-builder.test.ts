import { describe, expect, it } from 'vitest';
import { syntheticServices } from '../../../../../sync-server/src/demo/synthetic-catalog';
import { toServiceRow } from '$lib/data/catalog-read-model';
import { emptyFilters } from '$domain/search/facet.types';
import { SearchBuilder } from '$domain/search/search-builder';
import { SearchEngine, type SearchRequest } from '$domain/search/search-engine';

const labels = {
  targetGroup: (key: string) => (key === 'seniori' ? ['senioři', 'seniors'] : [key]),
  category: (key: string) => [key, `${key}-category`],
};

const rows = [...syntheticServices(400, 11)].map(toServiceRow);

const QUERIES = [
  '',
  'pe',
  'peco',
  'pečovatelská',
  'pecovatelska sluzba',
  'azylovy dum',
  'azilovy',
  'seniors',
  'senioři domov',
  'care-category',
  'poradna',
  'odlehcovaci',
  'terénní program',
  'naděje',
  'xyzzy',
];

function requests(): SearchRequest[] {
  const orp = rows[0]!.orps[0] ?? 'x';
  const municipalities = new Set(rows[0]!.municipalities);
  const form = rows.find((r) => r.forms.length)?.forms[0];
  const out: SearchRequest[] = [];
  for (const query of QUERIES) {
    out.push({ query, filters: emptyFilters(), sort: 'relevance' });
    out.push({ query, filters: emptyFilters(), sort: 'name' });
    out.push({
      query,
      filters: { ...emptyFilters(), form: form ? [form] : [] },
      territory: { orp, municipalities },
      sort: 'relevance',
    });
    out.push({
      query,
      filters: emptyFilters(),
      sort: 'distance',
      origin: { lat: 49.08, lon: 15.45 },
    });
  }
  return out;
}

describe('SearchBuilder', () => {
  it('answers every query exactly as SearchEngine.build over the same rows', () => {
    const builder = new SearchBuilder(labels);
    for (const row of rows) expect(builder.add(row)).toBe(true);
    const streamed = builder.engine();
    const built = SearchEngine.build(rows, labels);
    expect(streamed.size).toBe(built.size);
    // The queries do find something (a comparison of empty answers would prove nothing).
    const found = requests().filter((r) => r.query && built.search(r).rows.length > 0);
    expect(found.length).toBeGreaterThan(20);
    for (const request of requests()) {
      const a = streamed.search(request);
      const b = built.search(request);
      expect(a.rows, JSON.stringify(request)).toEqual(b.rows);
      expect(a.counts).toEqual(b.counts);
      expect([...a.terms].sort()).toEqual([...b.terms].sort());
      expect(a.distances).toEqual(b.distances);
    }
    // Stored parts restore to the same answers too (what the search worker will do).
    const restored = SearchEngine.restore(streamed.parts());
    for (const request of requests()) {
      expect(restored.search(request).rows).toEqual(built.search(request).rows);
    }
  });

  it('indexes rows in the order they arrive, a batch at a time', () => {
    const builder = new SearchBuilder(labels);
    for (let i = 0; i < rows.length; i += 37) {
      for (const row of rows.slice(i, i + 37)) builder.add(row);
    }
    const built = SearchEngine.build(rows, labels);
    for (const request of requests().slice(0, 12)) {
      expect(builder.engine().search(request).rows).toEqual(built.search(request).rows);
    }
  });

  it('refuses a second row with a known id (the caller then rebuilds)', () => {
    const builder = new SearchBuilder(labels);
    builder.add(rows[0]!);
    expect(builder.has(rows[0]!.id)).toBe(true);
    expect(builder.add({ ...rows[0]!, name: 'Jiný název' })).toBe(false);
    expect(builder.size).toBe(1);
    expect(
      builder.engine().search({ query: 'jiny', filters: emptyFilters(), sort: 'relevance' }).rows,
    ).toEqual([]);
  });
});
