import MiniSearch from 'minisearch';
import { SearchEngine, type SearchDoc, type SearchLabels } from './search-engine';
import { miniSearchOptions } from './search-options';
import { toSearchDoc } from './search-snapshot';

/**
 * Builds the search index while rows arrive (the first sync's stream), instead of reading the
 * whole catalogue back once it is stored: each row is indexed as it comes, and `engine()` only
 * adds what needs every row (name order, facet tables). Document ids are row indexes, as in
 * `SearchEngine.build`, so the result answers exactly as a build over the same rows would.
 *
 * Only rows that are new: a second row with a known id (a document edited during the stream)
 * cannot replace the first in place, so `add` refuses it and the caller falls back to a rebuild.
 */
export class SearchBuilder {
  readonly #docs: SearchDoc[] = [];
  readonly #ids = new Set<string>();
  readonly #mini: MiniSearch<number>;

  constructor(labels: SearchLabels) {
    // minisearch reads fields through `extractField`, which looks rows up in this growing array.
    this.#mini = new MiniSearch<number>(miniSearchOptions(this.#docs, labels));
  }

  get size(): number {
    return this.#docs.length;
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  /** Indexes one row; false (and nothing changed) when its id is already in the index. */
  add(row: SearchDoc): boolean {
    if (this.#ids.has(row.id)) return false;
    this.#ids.add(row.id);
    const index = this.#docs.push(toSearchDoc(row)) - 1;
    this.#mini.add(index);
    return true;
  }

  /** The engine over every row added so far. */
  engine(): SearchEngine {
    return SearchEngine.fromIndex(this.#docs, this.#mini.toJSON());
  }
}
