import type { AsPlainObject } from 'minisearch';
import { LruCache } from './lru-cache';

/**
 * Query evaluation over minisearch's saved index, with minisearch's own scoring and matching
 * rules (BM25+, field boosts, prefix and typo weights, AND across words), but on typed arrays
 * and with every word's result cached. minisearch builds, tokenises and serialises the index;
 * this reads its `toJSON()` form once and answers a keystroke by adding a few cached per-word
 * score vectors, instead of minisearch rebuilding result objects for thousands of documents per
 * keystroke (measured: "do" over 10,000 services, 20–50 ms in minisearch). A property test
 * (term-scores.property.test.ts) holds it to `MiniSearch#search`: same documents, same scores.
 */

/** The subset of minisearch's search options the catalogue uses. */
export interface TermSearchOptions {
  boost: Record<string, number>;
  prefix: (term: string, i: number, terms: string[]) => boolean;
  fuzzy: (term: string, i: number, terms: string[]) => number | false;
  weights?: { fuzzy: number; prefix: number };
  bm25?: { k: number; b: number; d: number };
}

/** minisearch's defaults (MiniSearch.getDefault / defaultSearchOptions). */
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** minisearch's default tokenizer. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/**
 * The scoring data, derived once from minisearch's index and stored in the search snapshot:
 * per vocabulary term and field, the rows it occurs in and its unboosted BM25+ score there.
 */
export interface TermParts {
  /** The folded vocabulary, sorted (binary search finds a prefix range). */
  terms: string[];
  /** minisearch's field ids (field name → id). */
  fieldIds: Record<string, number>;
  /** Term `t` in field `f`: entries `offsets[t * fields + f]` up to the next offset. */
  offsets: Uint32Array;
  rows: Int32Array;
  raw: Float64Array;
}

/** Reads minisearch's `toJSON()` into TermParts, with minisearch's BM25+ formula. */
export function termParts(
  plain: AsPlainObject,
  bm25: { k: number; b: number; d: number } = BM25,
): TermParts {
  const fieldCount = Object.keys(plain.fieldIds).length;
  const rowOf = plain.documentIds as Record<string, number>;
  const lengths = plain.fieldLength as Record<string, number[]>;
  const entries = [...plain.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let total = 0;
  for (const [, fields] of entries) {
    for (const docs of Object.values(fields)) total += Object.keys(docs).length;
  }
  const offsets = new Uint32Array(entries.length * fieldCount + 1);
  const rows = new Int32Array(total);
  const raw = new Float64Array(total);
  let at = 0;
  entries.forEach(([, fields], t) => {
    for (let f = 0; f < fieldCount; f++) {
      offsets[t * fieldCount + f] = at;
      const docs = fields[String(f)];
      if (!docs) continue;
      const ids = Object.keys(docs);
      const avg = plain.averageFieldLength[f]!;
      const idf = Math.log(1 + (plain.documentCount - ids.length + 0.5) / (ids.length + 0.5));
      for (const id of ids) {
        const freq = docs[id]!;
        const length = lengths[id]![f]!;
        rows[at] = rowOf[id]!;
        raw[at++] =
          idf *
          (bm25.d +
            (freq * (bm25.k + 1)) / (freq + bm25.k * (1 - bm25.b + (bm25.b * length) / avg)));
      }
    }
  });
  offsets[entries.length * fieldCount] = at;
  return { terms: entries.map(([term]) => term), fieldIds: plain.fieldIds, offsets, rows, raw };
}

/** One query word's matches: a score per row (0 = no match) and the rows that have one. */
interface WordResult {
  rows: Int32Array;
  /** Score of `rows[i]` at `scores[i]`: compact, so the cache holds no 80 KB per word. */
  scores: Float64Array;
  /** Vocabulary terms the word matched (for highlighting), as indexes into `terms`. */
  derived: number[];
}

export interface TermMatches {
  /** Matching rows, in no particular order. */
  rows: Int32Array;
  /** Score per row (dense; only `rows` are meaningful). */
  score: Float64Array;
  /** Document terms that matched in a matching row, for highlighting. */
  terms: Set<string>;
}

export class TermScores {
  readonly size: number;
  readonly #terms: string[];
  readonly #parts: TermParts;
  readonly #fieldCount: number;
  readonly #options: TermSearchOptions;
  readonly #processTerm: (term: string) => string | null;
  readonly #words = new LruCache<string, WordResult>(48);
  readonly #expansions = new LruCache<string, [number, number][]>(256);
  /**
   * Scratch per row, reused and zeroed row by row: a keystroke allocates nothing the size of
   * the catalogue (large typed arrays cost a garbage collection each time).
   */
  readonly #final: Float64Array;
  readonly #matched: Uint8Array;
  readonly #scratch: Float64Array;
  /** Word results the scratch arrays still hold values of. */
  #dirty: WordResult[] = [];

  constructor(
    parts: TermParts,
    size: number,
    processTerm: (term: string) => string | null,
    options: TermSearchOptions,
  ) {
    this.size = size;
    this.#final = new Float64Array(size);
    this.#matched = new Uint8Array(size);
    this.#scratch = new Float64Array(size);
    this.#processTerm = processTerm;
    this.#options = options;
    this.#parts = parts;
    this.#terms = parts.terms;
    this.#fieldCount = Object.keys(parts.fieldIds).length;
  }

  /** Entries of term `t` in a field: [start, end) into rows/raw. */
  #range(t: number, field: string): [number, number] {
    const k = t * this.#fieldCount + this.#parts.fieldIds[field]!;
    return [this.#parts.offsets[k]!, this.#parts.offsets[k + 1]!];
  }

  /** Folded query words as minisearch sees them (its tokenizer, then processTerm). */
  words(query: string): string[] {
    const out: string[] = [];
    for (const token of query.split(SPACE_OR_PUNCTUATION)) {
      const term = this.#processTerm(token);
      if (term) out.push(term);
    }
    return out;
  }

  /**
   * `MiniSearch#search(query, { fields })` with AND across words, as typed arrays. The score
   * array is only valid until the next call.
   */
  search(query: string, fields: readonly string[]): TermMatches {
    const words = this.words(query);
    const results = words.map((word, i) =>
      this.#word(
        word,
        this.#options.prefix(word, i, words),
        this.#options.fuzzy(word, i, words),
        fields,
      ),
    );
    const score = this.#final;
    const matched = this.#matched;
    for (const result of this.#dirty) {
      for (const row of result.rows) {
        score[row] = 0;
        matched[row] = 0;
      }
    }
    this.#dirty = results;
    const terms = new Set<string>();
    if (results.length === 0) return { rows: new Int32Array(0), score, terms };
    // AND: sum every word's scores (in word order, as minisearch does) and count the words
    // each row matched; keep the rows of the narrowest word that every word matched.
    for (const { rows, scores } of results) {
      for (let j = 0; j < rows.length; j++) {
        const row = rows[j]!;
        score[row]! += scores[j]!;
        matched[row]!++;
      }
    }
    const narrowest = results.reduce((a, b) => (b.rows.length < a.rows.length ? b : a));
    // minisearch multiplies by the number of distinct query words a document matched.
    const quality = new Set(words).size;
    const kept: number[] = [];
    for (const row of narrowest.rows) {
      if (matched[row] !== results.length) {
        score[row] = 0;
        continue;
      }
      kept.push(row);
      score[row]! *= quality;
    }
    // Rows some word missed keep a partial sum: zero them so `score > 0` means "kept".
    for (const { rows } of results)
      for (const row of rows) if (matched[row] !== results.length) score[row] = 0;
    for (const result of results) this.#matchedTerms(result, fields, score, terms);
    return { rows: Int32Array.from(kept), score, terms };
  }

  /** Vocabulary terms of one word that occur, in a searched field, in a kept row. */
  #matchedTerms(
    result: WordResult,
    fields: readonly string[],
    kept: Float64Array,
    out: Set<string>,
  ): void {
    for (const t of result.derived) {
      const term = this.#terms[t]!;
      if (out.has(term)) continue;
      const rows = this.#parts.rows;
      found: for (const field of fields) {
        const [start, end] = this.#range(t, field);
        for (let j = start; j < end; j++) {
          if (kept[rows[j]!]! > 0) {
            out.add(term);
            break found;
          }
        }
      }
    }
  }

  #word(
    word: string,
    prefix: boolean,
    fuzzy: number | false,
    fields: readonly string[],
  ): WordResult {
    const key = `${fields.join(',')}|${prefix ? 'p' : ''}${fuzzy || ''}|${word}`;
    const cached = this.#words.get(key);
    if (cached) return cached;
    const score = this.#scratch;
    const rows: number[] = [];
    const derived: number[] = [];
    const boost = this.#options.boost;
    for (const [t, weight] of this.#expand(word, prefix, fuzzy)) {
      derived.push(t);
      const { rows: postingRows, raw } = this.#parts;
      for (const field of fields) {
        const [start, end] = this.#range(t, field);
        const w = weight * (boost[field] || 1);
        for (let j = start; j < end; j++) {
          const row = postingRows[j]!;
          if (score[row] === 0) rows.push(row);
          score[row]! += w * raw[j]!;
        }
      }
    }
    const scores = new Float64Array(rows.length);
    rows.forEach((row, i) => {
      scores[i] = score[row]!;
      score[row] = 0;
    });
    const result = { rows: Int32Array.from(rows), scores, derived };
    this.#words.set(key, result);
    return result;
  }

  /** Vocabulary terms a word matches with minisearch's weights: itself 1, prefix, then typos. */
  #expand(word: string, prefix: boolean, fuzzy: number | false): [number, number][] {
    const key = `${prefix ? 'p' : ''}${fuzzy || ''}|${word}`;
    const cached = this.#expansions.get(key);
    if (cached) return cached;
    const weights = this.#options.weights ?? WEIGHTS;
    const terms = this.#terms;
    const out: [number, number][] = [];
    const start = lowerBound(terms, word);
    if (terms[start] === word) out.push([start, 1]);
    if (prefix) {
      for (let t = start; t < terms.length && terms[t]!.startsWith(word); t++) {
        const term = terms[t]!;
        const distance = term.length - word.length;
        if (distance)
          out.push([t, (weights.prefix * term.length) / (term.length + 0.3 * distance)]);
      }
    }
    if (fuzzy) {
      for (let t = 0; t < terms.length; t++) {
        const term = terms[t]!;
        if (Math.abs(term.length - word.length) > fuzzy) continue;
        if (term === word || (prefix && term.startsWith(word))) continue;
        const distance = levenshtein(word, term, fuzzy);
        if (distance <= fuzzy) {
          out.push([t, (weights.fuzzy * term.length) / (term.length + distance)]);
        }
      }
    }
    this.#expansions.set(key, out);
    return out;
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Edit distance (insert, delete, substitute — as minisearch's fuzzy), capped at `max` + 1. */
export function levenshtein(a: string, b: string, max: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}
