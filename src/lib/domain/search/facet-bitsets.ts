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

/** Per facet: options × words (one bit per row), option `o`'s bitset at `o * words`. */
export type FacetBits = Record<FacetKey, Uint32Array>;

/** One bit per row for every option of every facet. */
export function facetBits(columns: FacetColumns): FacetBits {
  const size = columns[FACET_KEYS[0]].starts.length - 1;
  const words = Math.ceil(size / 32);
  const out = {} as FacetBits;
  for (const facet of FACET_KEYS) {
    const { options, starts, values } = columns[facet];
    const bits = new Uint32Array(options.length * words);
    for (let row = 0; row < size; row++) {
      for (let i = starts[row]!, end = starts[row + 1]!; i < end; i++) {
        bits[values[i]! * words + (row >>> 5)]! |= 1 << (row & 31);
      }
    }
    out[facet] = bits;
  }
  return out;
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
  readonly #bits: FacetBits;
  #scratch: Scratch | undefined;

  /**
   * From the facet columns, and the bitsets `facetBits(columns)` made of them when a snapshot
   * stored them (start-up then walks no row: 170 KB for 10,000 services).
   */
  constructor(columns: FacetColumns, bits: FacetBits = facetBits(columns)) {
    const size = (this.size = columns[FACET_KEYS[0]].starts.length - 1);
    this.#words = Math.ceil(size / 32);
    this.#options = {} as Record<FacetKey, string[]>;
    this.#ids = {} as Record<FacetKey, Map<string, number>>;
    this.#bits = bits;
    for (const facet of FACET_KEYS) {
      const { options } = columns[facet];
      this.#options[facet] = options;
      this.#ids[facet] = new Map(options.map((key, id) => [key, id]));
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
   * undefined). Returns the rows passing every filter, in the same order, and the counts. The
   * matches are a view of a reused buffer, valid until the next call.
   */
  apply(
    filters: Filters,
    candidates?: ArrayLike<number>,
  ): { matches: Int32Array; counts: FacetCounts } {
    const words = this.#words;
    const scratch = (this.#scratch ??= new Scratch(this.size, words));
    const base = scratch.base;
    if (candidates) {
      base.fill(0);
      for (let c = 0; c < candidates.length; c++) {
        const row = candidates[c]!;
        base[row >>> 5]! |= 1 << (row & 31);
      }
    } else {
      base.fill(0xffffffff);
      if (this.size & 31) base[words - 1] = (1 << (this.size & 31)) - 1;
    }
    // Per filtered facet: the rows having any selected option (OR within the facet).
    const filtered: number[] = [];
    FACET_KEYS.forEach((facet, f) => {
      if (filters[facet].length === 0) return;
      const union = scratch.unions[f]!;
      union.fill(0);
      const bits = this.#bits[facet];
      for (const key of filters[facet]) {
        const id = this.#ids[facet].get(key);
        if (id === undefined) continue;
        for (let w = 0, at = id * words; w < words; w++) union[w]! |= bits[at + w]!;
      }
      filtered.push(f);
    });
    // Rows that every facet's filter except `skip` lets through (AND across facets).
    const allBut = (skip: number, out: Uint32Array): Uint32Array => {
      out.set(base);
      for (const f of filtered) {
        if (f === skip) continue;
        const union = scratch.unions[f]!;
        for (let w = 0; w < words; w++) out[w]! &= union[w]!;
      }
      return out;
    };
    const all = filtered.length ? allBut(-1, scratch.all) : base;

    const counts = {} as FacetCounts;
    FACET_KEYS.forEach((facet, f) => {
      const scope = filtered.includes(f) ? allBut(f, scratch.scope) : all;
      // Only words with a row in scope can add to a count: skips most of a narrow result.
      const live = scratch.live;
      let liveCount = 0;
      for (let w = 0; w < words; w++) if (scope[w]) live[liveCount++] = w;
      const bits = this.#bits[facet];
      const map = new Map<string, number>();
      const options = this.#options[facet];
      for (let id = 0; id < options.length; id++) {
        let n = 0;
        const at = id * words;
        for (let i = 0; i < liveCount; i++) {
          const w = live[i]!;
          const x = scope[w]! & bits[at + w]!;
          if (x) n += popcount(x);
        }
        if (n) map.set(options[id]!, n);
      }
      counts[facet] = map;
    });

    const matches = scratch.matches;
    let matched = 0;
    const n = candidates ? candidates.length : this.size;
    for (let c = 0; c < n; c++) {
      const row = candidates ? candidates[c]! : c;
      if (all[row >>> 5]! & (1 << (row & 31))) matches[matched++] = row;
    }
    return { matches: matches.subarray(0, matched), counts };
  }
}

/** Buffers one `apply` works in, allocated once: a keystroke allocates nothing catalogue-sized. */
class Scratch {
  readonly base: Uint32Array;
  readonly all: Uint32Array;
  readonly scope: Uint32Array;
  readonly unions: Uint32Array[];
  readonly live: Int32Array;
  readonly matches: Int32Array;

  constructor(size: number, words: number) {
    this.base = new Uint32Array(words);
    this.all = new Uint32Array(words);
    this.scope = new Uint32Array(words);
    this.unions = FACET_KEYS.map(() => new Uint32Array(words));
    this.live = new Int32Array(words);
    this.matches = new Int32Array(size);
  }
}
