import { FACET_KEYS, type FacetKey, type Filters } from './facet.types';
import {
  facetColumns,
  type FacetColumns,
  type FacetCounts,
  type FacetValues,
} from './facet-counts';

/** Set bits in a 32-bit word (SWAR popcount). */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Facet counts from precomputed bitsets: one bit per row for every option of every facet, so a
 * keystroke's counts are word-wise AND + popcount over `rows / 32` words per option instead of
 * a walk over every matching row's option lists. Same rules as FacetTable: OR within a facet,
 * AND across facets, and an option's count is what toggling it would leave (the matches of
 * every OTHER facet's filters). The match set is rows × words, so it pays off when a query
 * matches many rows (short prefixes, an empty query), which is where the per-row walk was slow.
 */
export class FacetBitsets {
  readonly size: number;
  readonly #words: number;
  readonly #options: Record<FacetKey, string[]>;
  readonly #ids: Record<FacetKey, Map<string, number>>;
  /** Per facet: options × words, option `o`'s bitset at `o * words`. */
  readonly #bits: Record<FacetKey, Uint32Array>;

  constructor(columns: FacetColumns) {
    const size = (this.size = columns[FACET_KEYS[0]].starts.length - 1);
    const words = (this.#words = Math.ceil(size / 32));
    this.#options = {} as Record<FacetKey, string[]>;
    this.#ids = {} as Record<FacetKey, Map<string, number>>;
    this.#bits = {} as Record<FacetKey, Uint32Array>;
    for (const facet of FACET_KEYS) {
      const { options, starts, values } = columns[facet];
      const bits = new Uint32Array(options.length * words);
      for (let row = 0; row < size; row++) {
        for (let i = starts[row]!, end = starts[row + 1]!; i < end; i++) {
          bits[values[i]! * words + (row >>> 5)]! |= 1 << (row & 31);
        }
      }
      this.#options[facet] = options;
      this.#ids[facet] = new Map(options.map((key, id) => [key, id]));
      this.#bits[facet] = bits;
    }
  }

  static of<T>(rows: readonly T[], valuesOf: FacetValues<T>): FacetBitsets {
    return new FacetBitsets(facetColumns(rows, valuesOf));
  }

  options(facet: FacetKey): readonly string[] {
    return this.#options[facet];
  }

  /**
   * Applies `filters` to `candidates` (row indexes in the caller's order; all rows when
   * undefined). Returns the rows passing every filter, in the same order, and the counts.
   */
  apply(
    filters: Filters,
    candidates?: ArrayLike<number>,
  ): { matches: number[]; counts: FacetCounts } {
    const words = this.#words;
    const base = new Uint32Array(words);
    if (candidates) {
      for (let c = 0; c < candidates.length; c++) {
        const row = candidates[c]!;
        base[row >>> 5]! |= 1 << (row & 31);
      }
    } else {
      base.fill(0xffffffff);
      if (this.size & 31) base[words - 1] = (1 << (this.size & 31)) - 1;
    }
    // Per filtered facet: the rows having any selected option (OR within the facet).
    const passing = new Map<FacetKey, Uint32Array>();
    for (const facet of FACET_KEYS) {
      if (filters[facet].length === 0) continue;
      const union = new Uint32Array(words);
      const bits = this.#bits[facet];
      for (const key of filters[facet]) {
        const id = this.#ids[facet].get(key);
        if (id === undefined) continue;
        for (let w = 0, at = id * words; w < words; w++) union[w]! |= bits[at + w]!;
      }
      passing.set(facet, union);
    }
    // Rows that every facet's filter except `skip` lets through (AND across facets).
    const allBut = (skip: FacetKey | undefined): Uint32Array => {
      const out = base.slice();
      for (const [facet, union] of passing) {
        if (facet === skip) continue;
        for (let w = 0; w < words; w++) out[w]! &= union[w]!;
      }
      return out;
    };
    const all = allBut(undefined);

    const counts = {} as FacetCounts;
    for (const facet of FACET_KEYS) {
      const scope = passing.has(facet) ? allBut(facet) : all;
      // Only words with a row in scope can add to a count: skips most of a narrow result.
      const live: number[] = [];
      for (let w = 0; w < words; w++) if (scope[w]) live.push(w);
      const bits = this.#bits[facet];
      const map = new Map<string, number>();
      this.#options[facet].forEach((key, id) => {
        let n = 0;
        const at = id * words;
        for (const w of live) {
          const x = scope[w]! & bits[at + w]!;
          if (x) n += popcount(x);
        }
        if (n) map.set(key, n);
      });
      counts[facet] = map;
    }

    const matches: number[] = [];
    const n = candidates ? candidates.length : this.size;
    for (let c = 0; c < n; c++) {
      const row = candidates ? candidates[c]! : c;
      if (all[row >>> 5]! & (1 << (row & 31))) matches.push(row);
    }
    return { matches, counts };
  }
}
