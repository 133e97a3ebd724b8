import { FACET_KEYS, type FacetKey, type Filters } from './facet.types';
import { keyColumn, type KeyColumn } from './search-columns';

/** A row's option keys for one facet. */
export type FacetValues<T> = (row: T, facet: FacetKey) => readonly string[];

export type FacetCounts = Record<FacetKey, Map<string, number>>;

/** Every facet as a key column: what a search snapshot stores and both counters read. */
export type FacetColumns = Record<FacetKey, KeyColumn>;

export function facetColumns<T>(rows: readonly T[], valuesOf: FacetValues<T>): FacetColumns {
  const columns = {} as FacetColumns;
  for (const facet of FACET_KEYS) columns[facet] = keyColumn(rows, (row) => valuesOf(row, facet));
  return columns;
}

/**
 * Facets with option keys interned to small integers per row, built once per catalogue
 * version, so a keystroke never touches strings. Filters OR within a facet and AND across
 * facets. An option's count is how many services would remain if it were toggled on, i.e. the
 * matches of every OTHER facet's filters: one pass computes, per row, the set of facets it
 * fails; a row failing none counts everywhere, a row failing exactly one facet counts only there.
 */
export class FacetTable {
  readonly size: number;
  /** Per facet: option keys by id, and each row's option ids (flattened, with offsets). */
  readonly #options: Record<FacetKey, string[]>;
  readonly #ids: Record<FacetKey, Map<string, number>>;
  readonly #starts: Record<FacetKey, Uint32Array>;
  readonly #values: Record<FacetKey, Uint16Array>;
  /** Reused per call: option tallies per facet, and the matching rows. */
  readonly #tallies: Uint32Array[];
  #matches: Int32Array | undefined;

  /** Built from rows, or from the columns a search snapshot stored (`facetColumns`). */
  constructor(columns: FacetColumns) {
    const [first] = FACET_KEYS;
    this.size = columns[first].starts.length - 1;
    const options = {} as Record<FacetKey, string[]>;
    const ids = {} as Record<FacetKey, Map<string, number>>;
    const starts = {} as Record<FacetKey, Uint32Array>;
    const values = {} as Record<FacetKey, Uint16Array>;
    for (const facet of FACET_KEYS) {
      const column = columns[facet];
      options[facet] = column.options;
      ids[facet] = new Map(column.options.map((key, id) => [key, id]));
      starts[facet] = column.starts;
      values[facet] = column.values;
    }
    this.#options = options;
    this.#ids = ids;
    this.#starts = starts;
    this.#values = values;
    this.#tallies = FACET_KEYS.map((facet) => new Uint32Array(options[facet].length));
  }

  static of<T>(rows: readonly T[], valuesOf: FacetValues<T>): FacetTable {
    return new FacetTable(facetColumns(rows, valuesOf));
  }

  /** Rows having any of `keys` in `facet`, as a mask. */
  rowsWithAny(facet: FacetKey, keys: ReadonlySet<string>): Uint8Array {
    const mask = new Uint8Array(this.size);
    const wanted = new Uint8Array(this.#options[facet].length);
    this.#options[facet].forEach((key, id) => (wanted[id] = keys.has(key) ? 1 : 0));
    const starts = this.#starts[facet];
    const values = this.#values[facet];
    for (let row = 0; row < this.size; row++) {
      for (let i = starts[row]!, end = starts[row + 1]!; i < end; i++) {
        if (wanted[values[i]!]) {
          mask[row] = 1;
          break;
        }
      }
    }
    return mask;
  }

  /** All option keys present in the catalogue for a facet. */
  options(facet: FacetKey): readonly string[] {
    return this.#options[facet];
  }

  /**
   * Applies `filters` to `candidates` (row indexes, in the caller's order; all rows when
   * undefined). Returns the rows passing every filter, in the same order, and the counts. The
   * matches are a view of a reused buffer, valid until the next call.
   */
  apply(
    filters: Filters,
    candidates?: ArrayLike<number>,
  ): { matches: Int32Array; counts: FacetCounts } {
    // Selected option ids per facet as a lookup mask; null when the facet has no filter.
    const selected: (Uint8Array | null)[] = FACET_KEYS.map((facet) => {
      const keys = filters[facet];
      if (keys.length === 0) return null;
      const mask = new Uint8Array(this.#options[facet].length);
      for (const key of keys) {
        const id = this.#ids[facet].get(key);
        if (id !== undefined) mask[id] = 1;
      }
      return mask;
    });
    const tallies = this.#tallies;
    for (const tally of tallies) tally.fill(0);
    const starts = FACET_KEYS.map((facet) => this.#starts[facet]);
    const values = FACET_KEYS.map((facet) => this.#values[facet]);
    const matches = (this.#matches ??= new Int32Array(this.size));
    let matched = 0;
    const n = candidates ? candidates.length : this.size;
    const facetCount = FACET_KEYS.length;

    for (let c = 0; c < n; c++) {
      const row = candidates ? candidates[c]! : c;
      let failed = -1; // index of the single failing facet, -2 when two or more fail
      for (let f = 0; f < facetCount && failed !== -2; f++) {
        const mask = selected[f];
        if (!mask) continue;
        const start = starts[f]!;
        const vals = values[f]!;
        let pass = false;
        for (let i = start[row]!, end = start[row + 1]!; i < end; i++) {
          if (mask[vals[i]!]) {
            pass = true;
            break;
          }
        }
        if (!pass) failed = failed === -1 ? f : -2;
      }
      if (failed === -2) continue;
      if (failed === -1) matches[matched++] = row;
      for (let f = 0; f < facetCount; f++) {
        if (failed !== -1 && failed !== f) continue;
        const start = starts[f]!;
        const vals = values[f]!;
        const tally = tallies[f]!;
        for (let i = start[row]!, end = start[row + 1]!; i < end; i++) tally[vals[i]!]!++;
      }
    }

    const counts = {} as FacetCounts;
    FACET_KEYS.forEach((facet, f) => {
      const map = new Map<string, number>();
      const tally = tallies[f]!;
      this.#options[facet].forEach((key, id) => {
        if (tally[id]) map.set(key, tally[id]);
      });
      counts[facet] = map;
    });
    return { matches: matches.subarray(0, matched), counts };
  }
}
