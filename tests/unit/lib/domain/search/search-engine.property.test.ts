import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '$domain/search/facet.types';
import { SearchEngine, type SearchDoc, type SearchRequest } from '$domain/search/search-engine';

const WORDS = ['domov', 'dům', 'pečovatelská', 'péče', 'poradna', 'azylový', 'služba', 'senioři'];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join(' '));
const pick = (options: string[]) => fc.subarray(options, { maxLength: 2 });

const docArb = fc.record({
  name: text,
  description: text,
  forms: pick(['ter', 'amb', 'pob']),
  targetGroups: pick(['seniori', 'rodiny']),
  municipalities: pick(['dacice', 'slavonice', 'kaplice']),
  orps: pick(['dacice', 'kaplice']),
});

const row = (d: typeof docArb extends fc.Arbitrary<infer T> ? T : never, i: number): SearchDoc => ({
  ...d,
  id: `s${i}`,
  providerName: 'Spolek',
  serviceTypeKey: '',
  serviceTypeName: 'Služba',
  serviceTypeSection: '',
  category: '',
  lifeSituations: [],
  ageGroups: [],
});

/**
 * A phrase typed key by key, maybe with filters, a territory, a sort, a backspace and a limit
 * on the rows returned.
 */
const typedArb = fc.record({
  phrase: fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
    .map((w) => w.join(' ')),
  form: pick(['ter', 'amb']),
  orp: fc.option(fc.constantFrom('dacice', 'kaplice'), { nil: undefined }),
  sort: fc.constantFrom('relevance', 'name') as fc.Arbitrary<SearchRequest['sort']>,
  backspaces: fc.nat(3),
  limit: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
});

const labels = { targetGroup: () => [], category: () => [] };

describe('SearchEngine caches', () => {
  it('answer every keystroke exactly as a fresh engine does', () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 1, maxLength: 20 }),
        fc.array(typedArb, { minLength: 1, maxLength: 4 }),
        (raw, typed) => {
          const docs = raw.map(row);
          const warm = SearchEngine.build(docs, labels);
          for (const t of typed) {
            const keys = [...t.phrase].map((_, i) => t.phrase.slice(0, i + 1));
            for (let b = 1; b <= t.backspaces; b++) keys.push(t.phrase.slice(0, -b));
            for (const query of keys) {
              const request: SearchRequest = {
                query,
                filters: { ...emptyFilters(), form: t.form },
                territory: t.orp && { orp: t.orp, municipalities: new Set([t.orp]) },
                sort: t.sort,
              };
              const fresh = SearchEngine.restore(warm.parts()).search(request);
              // The warm engine returns only the rows on screen, from a partial sort.
              const answer = warm.search({ ...request, limit: t.limit });
              expect(answer.rows).toEqual(fresh.rows.slice(0, t.limit));
              expect(answer.total).toBe(fresh.rows.length);
              expect(fresh.total).toBe(fresh.rows.length);
              expect(answer.counts).toEqual(fresh.counts);
              expect([...answer.terms].sort()).toEqual([...fresh.terms].sort());
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
