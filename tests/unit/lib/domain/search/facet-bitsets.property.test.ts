import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FacetBitsets } from '$domain/search/facet-bitsets';
import { FacetTable, type FacetCounts } from '$domain/search/facet-counts';
import { FACET_KEYS, type FacetKey, type Filters } from '$domain/search/facet.types';

type Row = Record<FacetKey, string[]>;

const key = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const keys = fc.uniqueArray(key, { maxLength: 3 });
const row: fc.Arbitrary<Row> = fc.record(
  Object.fromEntries(FACET_KEYS.map((f) => [f, keys])) as Record<FacetKey, typeof keys>,
);
// Filters may name options no row has ('zz'): such a filter matches nothing.
const filters: fc.Arbitrary<Filters> = fc.record(
  Object.fromEntries(
    FACET_KEYS.map((f) => [
      f,
      fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'zz'), { maxLength: 2 }),
    ]),
  ) as Record<FacetKey, fc.Arbitrary<string[]>>,
);

const valuesOf = (r: Row, facet: FacetKey) => r[facet];

/** The definition, spelled out: a row passes a facet if it has any selected option. */
function naive(rows: Row[], f: Filters, candidates: number[] | undefined) {
  const order = candidates ?? rows.map((_, i) => i);
  const passes = (r: Row, facet: FacetKey) =>
    f[facet].length === 0 || r[facet].some((k) => f[facet].includes(k));
  const matches = order.filter((i) => FACET_KEYS.every((facet) => passes(rows[i]!, facet)));
  const counts = {} as FacetCounts;
  for (const facet of FACET_KEYS) {
    const map = new Map<string, number>();
    for (const i of order) {
      const r = rows[i]!;
      if (!FACET_KEYS.every((other) => other === facet || passes(r, other))) continue;
      for (const k of r[facet]) map.set(k, (map.get(k) ?? 0) + 1);
    }
    counts[facet] = map;
  }
  return { matches, counts };
}

const sorted = (counts: FacetCounts) =>
  Object.fromEntries(FACET_KEYS.map((f) => [f, [...counts[f]].sort()]));

describe('facet bitsets', () => {
  it('match and count exactly like the definition and the per-row table', () => {
    fc.assert(
      fc.property(
        // Up to 100 rows crosses several 32-bit words and leaves a partial last word.
        fc
          .array(row, { maxLength: 100 })
          .chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              filters,
              fc.option(fc.shuffledSubarray(rows.map((_, i) => i)), { nil: undefined }),
            ),
          ),
        ([rows, f, candidates]) => {
          const expected = naive(rows, f, candidates);
          const bitsets = FacetBitsets.of(rows, valuesOf).apply(f, candidates);
          const table = FacetTable.of(rows, valuesOf).apply(f, candidates);
          expect([...bitsets.matches]).toEqual(expected.matches);
          expect([...table.matches]).toEqual(expected.matches);
          expect(sorted(bitsets.counts)).toEqual(sorted(expected.counts));
          expect(sorted(table.counts)).toEqual(sorted(expected.counts));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles exactly 32 and 64 rows (full last word)', () => {
    for (const n of [32, 64]) {
      const rows: Row[] = Array.from({ length: n }, (_, i) => ({
        lifeSituation: [i % 2 ? 'a' : 'b'],
        targetGroup: [],
        serviceType: ['c'],
        form: [],
        municipality: [],
        ageGroup: [],
      }));
      const none = Object.fromEntries(FACET_KEYS.map((f) => [f, []])) as unknown as Filters;
      const { matches, counts } = FacetBitsets.of(rows, valuesOf).apply(none);
      expect(matches).toHaveLength(n);
      expect(counts.lifeSituation.get('a')).toBe(n / 2);
      expect(counts.serviceType.get('c')).toBe(n);
    }
  });
});
