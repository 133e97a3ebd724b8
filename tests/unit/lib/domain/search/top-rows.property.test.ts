import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topRows } from '$domain/search/top-rows';

describe('topRows', () => {
  it('equals sorting every row and keeping the first k', () => {
    fc.assert(
      fc.property(
        // Few distinct scores, so ties (broken by rank) are common.
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 300 }),
        fc.nat(320),
        (scores, k) => {
          const rows = Int32Array.from(scores.map((_, i) => i).reverse());
          const rank = scores.map((_, i) => (i * 7919) % scores.length);
          const before = (a: number, b: number) =>
            scores[a] === scores[b] ? rank[a]! < rank[b]! : scores[a]! > scores[b]!;
          const sorted = [...rows].sort((a, b) => scores[b]! - scores[a]! || rank[a]! - rank[b]!);
          expect(topRows(rows, rows.length, k, before)).toEqual(sorted.slice(0, k));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads only the first `count` rows of a larger buffer', () => {
    const rows = Int32Array.from([3, 1, 2, 0]);
    expect(topRows(rows, 3, 2, (a, b) => a < b)).toEqual([1, 2]);
  });
});
