import { FACET_KEYS, type FacetKey, type Filters } from './facet.types';

/** A row's option keys for one facet. */
export type FacetValues<T> = (row: T, facet: FacetKey) => readonly string[];

export type FacetCounts = Record<FacetKey, Map<string, number>>;

/**
 * Facets with option keys interned to small integers per row, built once per catalogue
 * version, so a keystroke never touches strings. Filters OR within a facet and AND across
 * facets. An option's count is how many services would remain if it were toggled on, i.e. the
 * matches of every OTHER facet's filters: one pass computes, per row, the set of facets it
 * fails; a row failing none counts everywhere, a row failing exactly one facet counts only there.
 */
export class FacetTable<T> {
  readonly size: number;
  /** Per facet: option keys by id, and each row's option ids (flattened, with offsets). */
  readonly #options: Record<FacetKey, string[]>;
  readonly #ids: Record<FacetKey, Map<string, number>>;
  readonly #starts: Record<FacetKey, Uint32Array>;
  readonly #values: Record<FacetKey, Uint16Array>;

  constructor(rows: readonly T[], valuesOf: FacetValues<T>) {
    this.size = rows.length;
    const options = {} as Record<FacetKey, string[]>;
    const ids = {} as Record<FacetKey, Map<string, number>>;
    const starts = {} as Record<FacetKey, Uint32Array>;
    const values = {} as Record<FacetKey, Uint16Array>;
    for (const facet of FACET_KEYS) {
      const keyIds = new Map<string, number>();
      const start = new Uint32Array(rows.length + 1);
      let total = 0;
      const perRow = rows.map((row) => valuesOf(row, facet));
      for (const keys of perRow) total += keys.length;
      const flat = new Uint16Array(total);
      let at = 0;
      for (let i = 0; i < rows.length; i++) {
        start[i] = at;
        for (const key of perRow[i]!) {
          let id = keyIds.get(key);
          if (id === undefined) keyIds.set(key, (id = keyIds.size));
          flat[at++] = id;
        }
      }
      start[rows.length] = at;
      options[facet] = [...keyIds.keys()];
      ids[facet] = keyIds;
      starts[facet] = start;
      values[facet] = flat;
    }
    this.#options = options;
    this.#ids = ids;
    this.#starts = starts;
    this.#values = values;
  }

  /** All option keys present in the catalogue for a facet. */
  options(facet: FacetKey): readonly string[] {
    return this.#options[facet];
  }

  /**
   * Applies `filters` to `candidates` (row indexes, in the caller's order; all rows when
   * undefined). Returns the rows passing every filter, in the same order, and the counts.
   */
  apply(
    filters: Filters,
    candidates?: ArrayLike<number>,
  ): { matches: number[]; counts: FacetCounts } {
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
    const tallies = FACET_KEYS.map((facet) => new Uint32Array(this.#options[facet].length));
    const starts = FACET_KEYS.map((facet) => this.#starts[facet]);
    const values = FACET_KEYS.map((facet) => this.#values[facet]);
    const matches: number[] = [];
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
      if (failed === -1) matches.push(row);
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
    return { matches, counts };
  }
}
