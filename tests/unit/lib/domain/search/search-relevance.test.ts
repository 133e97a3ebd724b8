import { describe, expect, it } from 'vitest';
import { toServiceRow } from '$lib/data/catalog-read-model';
import { labelTableOf } from '$lib/search/search-labels';
import { taxonomyDocs } from '$domain/catalog/taxonomy';
import { lifeSituationDocs } from '$domain/catalog/life-situations';
import { emptyFilters } from '$domain/search/facet.types';
import { SearchEngine, type SearchRequest } from '$domain/search/search-engine';
import { labelsFromTable, toSearchDoc } from '$domain/search/search-snapshot';
import { demoServices } from '../../../../../sync-server/src/demo/catalog.demo';

const rows = demoServices().map(toServiceRow);
const engine = SearchEngine.build(
  rows.map(toSearchDoc),
  labelsFromTable(labelTableOf(taxonomyDocs('2026-01-01T00:00:00.000Z'))),
);
const request = (query: string, more: Partial<SearchRequest> = {}): SearchRequest => ({
  query,
  filters: emptyFilters(),
  sort: 'relevance',
  ...more,
});
const typesOf = (query: string, more?: Partial<SearchRequest>) =>
  engine.search(request(query, more)).rows.map((row) => rows[row]!.serviceTypeKey);

describe('search relevance on the demo catalogue', () => {
  it('finds the forms of a word alike (drogy, drog, drogám, drogová)', () => {
    const answers = ['drogy', 'drog', 'drogám', 'drogová'].map((q) => engine.search(request(q)));
    expect(answers[0]!.total).toBeGreaterThan(0);
    for (const answer of answers) expect(answer.rows).toEqual(answers[0]!.rows);
  });

  it('indexes the life situations a service serves (their keywords)', () => {
    // "bezdomovec" is only a keyword of "Přišel jsem o bydlení", never in a service's text.
    expect(rows.some((r) => `${r.name} ${r.description}`.toLowerCase().includes('bezdomov'))).toBe(
      false,
    );
    expect(typesOf('bezdomovec').slice(0, 5)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(57|61|63|69)$/)]),
    );
  });

  it('finds the services that serve a municipality, not only those with an address there', () => {
    const outcome = engine.search(request('Kájov'));
    const served = rows.filter((r) => r.municipalities.includes('kajov'));
    expect(outcome.total).toBe(served.length);
    expect(
      served.some((r) => !r.doc.locations?.some((l) => l.address?.municipalityCode === 'kajov')),
    ).toBe(true);
    expect(engine.search(request('kajov')).total).toBe(served.length);
  });

  it('ranks a sentence by the words that match when no service matches them all, and says so', () => {
    const all = engine.search(request('pečovatelská služba'));
    expect(all.partial).toBe(false);
    const outcome = engine.search(request('manžel mě bije a vyhrožuje mi xyzzyq'));
    expect(outcome.partial).toBe(true);
    expect(outcome.total).toBeGreaterThan(0);
    expect(['60a', '60', '57', '55']).toContain(rows[outcome.rows[0]!]!.serviceTypeKey);
    expect(outcome.situations[0]).toBe('domaci-nasili');
  });

  it('ranks the services of a picked situation in the order of its service types', () => {
    const situation = lifeSituationDocs('x').find((s) => s.key === 'starnu-doma-nezvladam')!;
    const filters = { ...emptyFilters(), lifeSituation: [situation.key] };
    const rankTypes = situation.serviceTypes.map((m) => m.key);
    const types = typesOf('', { filters, rankTypes });
    expect(types.length).toBeGreaterThan(1);
    const positions = types.map((type) => rankTypes.indexOf(type));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Without the order, name order puts a counselling service (37) before a care service (40).
    expect(typesOf('', { filters })[0]).not.toBe('40');
    expect(types[0]).toBe('40');
  });

  it('tolerates missing diacritics and small typos', () => {
    expect(typesOf('nocleharna')[0]).toBe('63');
    expect(typesOf('demnce').slice(0, 5)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(50|46|41)$/)]),
    );
  });
});
