import { describe, expect, it } from 'vitest';
import { emptyFilters } from '$domain/search/facet.types';
import { SearchEngine, type SearchDoc, type SearchRequest } from '$domain/search/search-engine';
import { highlight } from '$domain/search/highlight';
import { distanceKm } from '$domain/search/distance';

let n = 0;
const doc = (name: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  id: `service:${++n}`,
  name,
  providerName: 'Spolek',
  serviceTypeName: 'Sociální služba',
  serviceTypeSection: '99',
  description: '',
  serviceTypeKey: '99',
  category: 'care',
  lifeSituations: [],
  targetGroups: [],
  ageGroups: [],
  forms: [],
  municipalities: [],
  orps: [],
  ...extra,
});

const labels = {
  targetGroup: (k: string) => (k === 'seniori' ? ['senioři', 'seniors'] : [k]),
  category: (k: string) => [k],
};

const request = (query: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({
  query,
  filters: emptyFilters(),
  sort: 'relevance',
  ...extra,
});

const docs = [
  doc('Pečovatelská služba Dačice', {
    serviceTypeKey: '40',
    serviceTypeName: 'Pečovatelská služba',
    targetGroups: ['seniori'],
    forms: ['ter'],
    lifeSituations: ['starnu'],
    municipalities: ['dacice'],
    orps: ['dacice'],
    geo: { lat: 49.08, lon: 15.43 },
  }),
  doc('Azylový dům pro muže Frymburk', {
    serviceTypeKey: '57',
    category: 'prevention',
    forms: ['pob'],
    lifeSituations: ['bydleni'],
    municipalities: ['frymburk'],
    orps: ['cesky-krumlov'],
    geo: { lat: 48.66, lon: 14.17 },
  }),
  doc('Občanská poradna', {
    serviceTypeKey: '37',
    category: 'advice',
    description: 'Poradíme i s pečovatelskou službou a azylovým bydlením.',
    forms: ['amb', 'ter'],
    lifeSituations: ['starnu', 'bydleni'],
    municipalities: ['dacice', 'frymburk'],
    orps: ['dacice', 'cesky-krumlov'],
  }),
  doc('Chráněné bydlení Cihelna', { lifeSituations: ['bydleni'], forms: ['pob'] }),
];
const engine = SearchEngine.build(docs, labels);
const names = (q: string, extra?: Partial<SearchRequest>) =>
  engine.search(request(q, extra)).rows.map((r) => docs[r]!.name);

describe('search engine', () => {
  it('ignores diacritics and case', () => {
    expect(names('pecovatelska')[0]).toBe('Pečovatelská služba Dačice');
    expect(names('PEČOVATELSKÁ')[0]).toBe('Pečovatelská služba Dačice');
  });

  it('matches prefixes and small typos', () => {
    expect(names('pečovat')[0]).toBe('Pečovatelská služba Dačice');
    expect(names('azilovy')[0]).toBe('Azylový dům pro muže Frymburk');
  });

  it('ranks a name match above a description match', () => {
    expect(names('azylovy')).toEqual(['Azylový dům pro muže Frymburk', 'Občanská poradna']);
  });

  it('finds target groups in both languages', () => {
    expect(names('seniori')).toEqual(['Pečovatelská služba Dačice']);
    expect(names('seniors')).toEqual(['Pečovatelská služba Dačice']);
  });

  it('treats a one-letter query as empty and sorts by Czech collation', () => {
    // "Ch" sorts after "H" in Czech, so "Chráněné" comes after "Azylový" and before "Občanská".
    expect(names('p')).toEqual([
      'Azylový dům pro muže Frymburk',
      'Chráněné bydlení Cihelna',
      'Občanská poradna',
      'Pečovatelská služba Dačice',
    ]);
  });

  it('reports matched document terms for highlighting, typos included', () => {
    const { terms } = engine.search(request('azilovy'));
    const segments = highlight('Azylový dům', terms);
    expect(segments).toEqual([
      { text: 'Azylový', hit: true },
      { text: ' dům', hit: false },
    ]);
  });

  it('ORs within a facet, ANDs across facets, and counts what each option would leave', () => {
    const filters = { ...emptyFilters(), form: ['pob', 'amb'], lifeSituation: ['bydleni'] };
    const outcome = engine.search(request('', { filters }));
    expect(outcome.rows.map((r) => docs[r]!.name)).toEqual([
      'Azylový dům pro muže Frymburk',
      'Chráněné bydlení Cihelna',
      'Občanská poradna',
    ]);
    // Form counts ignore the form filter itself but respect the life-situation filter.
    expect(Object.fromEntries(outcome.counts.form)).toEqual({ pob: 2, amb: 1, ter: 1 });
    // Life-situation counts ignore that filter but respect the form filter.
    expect(Object.fromEntries(outcome.counts.lifeSituation)).toEqual({ bydleni: 3, starnu: 1 });
  });

  it('limits to the chosen ORP by served ORP or municipality', () => {
    const territory = { orp: 'dacice', municipalities: new Set(['dacice']) };
    expect(names('', { territory })).toEqual(['Občanská poradna', 'Pečovatelská služba Dačice']);
    expect(names('azyl', { territory })).toEqual(['Občanská poradna']);
  });

  it('sorts by distance from the device, services without coordinates last', () => {
    const origin = { lat: 48.66, lon: 14.17 };
    expect(names('', { sort: 'distance', origin })).toEqual([
      'Azylový dům pro muže Frymburk',
      'Pečovatelská služba Dačice',
      'Chráněné bydlení Cihelna',
      'Občanská poradna',
    ]);
    // Prague–Brno centres, great circle ≈ 184.9 km (the road is ~205 km).
    expect(distanceKm({ lat: 50.0755, lon: 14.4378 }, { lat: 49.1951, lon: 16.6068 })).toBeCloseTo(
      185,
      -1,
    );
  });

  it('restores a persisted index with the same results', () => {
    const restored = SearchEngine.restore(structuredClone(engine.parts()));
    expect(restored.search(request('azilovy')).rows).toEqual(
      engine.search(request('azilovy')).rows,
    );
  });
});
