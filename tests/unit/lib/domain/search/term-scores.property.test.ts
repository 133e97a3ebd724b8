import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '$domain/search/search-engine';
import { miniSearchOptions, SHORT_QUERY } from '$domain/search/search-options';
import { termParts } from '$domain/search/term-parts';
import { TermScores, levenshtein } from '$domain/search/term-scores';

/** Czech-looking words sharing prefixes, so prefixes and typos hit several terms. */
const WORDS = [
  'domov',
  'domova',
  'domovy',
  'dům',
  'dluhy',
  'dospělí',
  'pečovatelská',
  'pečující',
  'péče',
  'poradna',
  'poradenství',
  'azylový',
  'azyl',
  'služba',
  'sociální',
  'senioři',
  'centrum',
  'centra',
  'denní',
  'krizová',
  'pomoc',
  'terénní',
  'program',
  'bydlení',
  'chráněné',
  'Dačice',
];

const word = fc.constantFrom(...WORDS);
const text = fc.array(word, { minLength: 0, maxLength: 6 }).map((w) => w.join(' '));
const docArb = fc.record({
  name: text,
  providerName: text,
  serviceTypeName: text,
  description: text,
});

/** A typed query: words, the last maybe cut short, maybe with one typo. */
const queryArb = fc
  .tuple(
    fc.array(word, { minLength: 1, maxLength: 3 }),
    fc.nat(12),
    fc.option(fc.tuple(fc.nat(20), fc.constantFrom('a', 'e', 'y', 'x', ''))),
  )
  .map(([words, cut, typo]) => {
    let q = words.join(' ');
    q = q.slice(0, Math.max(2, q.length - cut));
    if (typo) {
      const at = typo[0] % q.length;
      q = q.slice(0, at) + typo[1] + q.slice(at + 1);
    }
    return q;
  });

const row = (
  d: { name: string; providerName: string; serviceTypeName: string; description: string },
  i: number,
): SearchDoc => ({
  ...d,
  id: `s${i}`,
  serviceTypeKey: '',
  serviceTypeSection: '',
  category: '',
  lifeSituations: [],
  targetGroups: [],
  ageGroups: [],
  forms: [],
  municipalities: [],
  orps: [],
});

const labels = { targetGroup: () => [], category: () => [] };

describe('TermScores', () => {
  it('answers exactly what MiniSearch#search answers: documents, scores and matched terms', () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 1, maxLength: 25 }),
        fc.array(queryArb, { minLength: 1, maxLength: 6 }),
        // Postings scored ahead of the searches (the worker's idle time), or none.
        fc.option(fc.nat(200), { nil: undefined }),
        (raw, queries, ahead) => {
          const docs = raw.map(row);
          const options = miniSearchOptions(docs, labels);
          const mini = new MiniSearch<number>(options);
          mini.addAll(docs.map((_, i) => i));
          const scores = new TermScores(
            // Through a structured clone, as the snapshot comes back from IndexedDB.
            structuredClone(termParts(mini.toJSON())),
            docs.length,
            options.processTerm as (t: string) => string | null,
            options.searchOptions as never,
          );
          if (ahead !== undefined) scores.scoreAhead(ahead);
          for (const query of queries) {
            for (const fields of [undefined, SHORT_QUERY.fields]) {
              const expected = mini.search(query, fields ? { fields } : undefined);
              const actual = scores.search(
                query,
                fields ?? ['name', 'type', 'provider', 'description'],
              );
              expect([...actual.rows].sort((a, b) => a - b)).toEqual(
                expected.map((r) => r.id as number).sort((a, b) => a - b),
              );
              for (const r of expected)
                expect(actual.score[r.id as number]).toBeCloseTo(r.score, 9);
              expect([...actual.terms].sort()).toEqual(
                [...new Set(expected.flatMap((r) => r.terms))].sort(),
              );
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('counts edits as minisearch does (no transpositions)', () => {
    expect(levenshtein('azilovy', 'azylovy', 2)).toBe(1);
    expect(levenshtein('domov', 'dmoov', 2)).toBe(2);
    expect(levenshtein('abc', 'xyzw', 1)).toBe(2);
  });
});
