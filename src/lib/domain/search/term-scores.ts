import { LruCache } from './lru-cache';
import { BM25, rawScores, type TermParts } from './term-parts';

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

/** minisearch's default weights (MiniSearch.getDefault / defaultSearchOptions). */
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
/** minisearch's default tokenizer. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/** One query word's matches, compact: the rows that have a score and the score of each. */
interface WordResult {
  rows: Int32Array;
  /** Score of `rows[i]` at `scores[i]`: compact, so the cache holds no 80 KB per word. */
  scores: Float64Array;
  /** Vocabulary terms the word matched that occur in a searched field (indexes into `terms`). */
  derived: Int32Array;
}

/**
 * Rows a query word reaches beyond the index's own postings (search-topics.ts), each list with
 * one score to add: called once per word, its rows are cached with the word's.
 */
export type WordRows = (
  word: string,
  prefix: boolean,
  fuzzy: number | false,
  add: (rows: Int32Array, score: number) => void,
) => void;

/** How a query of several words combines: every word (minisearch's AND), or any (partial). */
export type Combine = 'and' | 'or';

export interface TermMatches {
  /** Matching rows, in no particular order; valid until the next search (it may be a view). */
  rows: Int32Array;
  /** Score per row (dense; only `rows` are meaningful); valid until the next search. */
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
  readonly #extra: WordRows | undefined;
  readonly #words = new LruCache<string, WordResult>(48);
  readonly #expansions = new LruCache<string, Expansion>(256);
  /**
   * BM25+ score per posting, computed from frequencies and field lengths the first time a term
   * is searched in a field (`done` per term and field), or ahead of time (`scoreAhead`): the
   * snapshot stores 3 bytes per posting instead of 8 more for a precomputed score, and
   * start-up computes nothing. Shared by every TermScores over the same parts object.
   */
  readonly #postings: PostingScores;
  /**
   * Scratch per row, reused and zeroed row by row: a keystroke allocates nothing the size of
   * the catalogue (large typed arrays cost a garbage collection each time).
   */
  readonly #final: Float64Array;
  readonly #matched: Uint8Array;
  readonly #scratch: Float64Array;
  readonly #rowScratch: Int32Array;
  readonly #kept: Int32Array;
  /** Rows the dense arrays still hold values of (cleared at the next search). */
  #dirty: Int32Array[] = [];

  constructor(
    parts: TermParts,
    size: number,
    processTerm: (term: string) => string | null,
    options: TermSearchOptions,
    extra?: WordRows,
  ) {
    this.size = size;
    this.#extra = extra;
    this.#final = new Float64Array(size);
    this.#matched = new Uint8Array(size);
    this.#scratch = new Float64Array(size);
    this.#rowScratch = new Int32Array(size);
    this.#kept = new Int32Array(size);
    this.#processTerm = processTerm;
    this.#options = options;
    this.#parts = parts;
    this.#terms = parts.terms;
    this.#fieldCount = Object.keys(parts.fieldIds).length;
    let postings = postingScores.get(parts);
    if (!postings) {
      postings = {
        raw: new Float64Array(parts.rows.length),
        done: new Uint8Array(parts.offsets.length),
        next: 0,
      };
      postingScores.set(parts, postings);
    }
    this.#postings = postings;
  }

  /** Makes sure the scores of term `t` in field id `f` are computed; returns the range's index. */
  #scored(t: number, f: number): number {
    const k = t * this.#fieldCount + f;
    const { raw, done } = this.#postings;
    if (!done[k]) {
      const { offsets } = this.#parts;
      const bm25 = this.#options.bm25 ?? BM25;
      rawScores(this.#parts, this.#fieldCount, f, offsets[k]!, offsets[k + 1]!, raw, bm25);
      done[k] = 1;
    }
    return k;
  }

  /**
   * Computes the scores of about `budget` more postings ahead of any search (the worker does
   * it in idle time after start-up); true once every posting is scored.
   */
  scoreAhead(budget: number): boolean {
    const postings = this.#postings;
    const { offsets } = this.#parts;
    const ranges = offsets.length - 1;
    let spent = 0;
    while (postings.next < ranges && spent < budget) {
      const k = postings.next++;
      spent += offsets[k + 1]! - offsets[k]!;
      this.#scored(Math.floor(k / this.#fieldCount), k % this.#fieldCount);
    }
    return postings.next >= ranges;
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
   * `MiniSearch#search(query, { fields })` with AND across words, as typed arrays. The rows
   * and the score array are only valid until the next call.
   */
  search(
    query: string,
    fields: readonly string[],
    combine: Combine = 'and',
    extra = true,
  ): TermMatches {
    const words = this.words(query);
    const fieldIds = fields.map((field) => this.#parts.fieldIds[field]!);
    const results = words.map((word, i) =>
      this.#word(
        word,
        this.#options.prefix(word, i, words),
        this.#options.fuzzy(word, i, words),
        fields,
        fieldIds,
        extra,
      ),
    );
    const score = this.#final;
    const matched = this.#matched;
    for (const rows of this.#dirty) {
      for (let j = 0; j < rows.length; j++) {
        const row = rows[j]!;
        score[row] = 0;
        matched[row] = 0;
      }
    }
    this.#dirty = results.map((result) => result.rows);
    const terms = new Set<string>();
    if (results.length === 0) return { rows: new Int32Array(0), score, terms };
    if (results.length === 1) {
      // One word (most keystrokes): every row it matched is kept, and so is every term it
      // derived that occurs in a searched field. minisearch's factor is 1 distinct word.
      const { rows, scores, derived } = results[0]!;
      for (let j = 0; j < rows.length; j++) score[rows[j]!] = scores[j]!;
      for (const t of derived) terms.add(this.#terms[t]!);
      return { rows, score, terms };
    }
    // AND: sum every word's scores (in word order, as minisearch does) and count the words
    // each row matched; keep the rows of the narrowest word that every word matched.
    for (const { rows, scores } of results) {
      for (let j = 0; j < rows.length; j++) {
        const row = rows[j]!;
        score[row]! += scores[j]!;
        matched[row]!++;
      }
    }
    if (combine === 'or') return this.#any(results, fieldIds, score, matched);
    const narrowest = results.reduce((a, b) => (b.rows.length < a.rows.length ? b : a));
    // minisearch multiplies by the number of distinct query words a document matched.
    const quality = new Set(words).size;
    const kept = this.#kept;
    let count = 0;
    const all = results.length;
    for (const row of narrowest.rows) {
      if (matched[row] !== all) continue;
      kept[count++] = row;
      score[row]! *= quality;
    }
    // Rows some word missed keep a partial sum: zero them so `score > 0` means "kept".
    for (const { rows } of results) {
      for (let j = 0; j < rows.length; j++) {
        const row = rows[j]!;
        if (matched[row] !== all) score[row] = 0;
      }
    }
    for (const result of results) this.#matchedTerms(result, fieldIds, score, terms);
    return { rows: kept.subarray(0, count), score, terms };
  }

  /**
   * Rows any word matched (after every word's scores were summed into `score` and counted in
   * `matched`), each score multiplied by the square of the words it matched: a row matching two
   * words of a sentence comes before one matching a single word, however common.
   */
  #any(
    results: WordResult[],
    fieldIds: readonly number[],
    score: Float64Array,
    matched: Uint8Array,
  ): TermMatches {
    const kept = this.#kept;
    let count = 0;
    for (const { rows } of results) {
      for (let j = 0; j < rows.length; j++) {
        const row = rows[j]!;
        const n = matched[row]!;
        if (n === 0) continue;
        kept[count++] = row;
        score[row]! *= n * n;
        // Counted once: later words' lists see 0 and skip it (the next search clears the
        // rows of every word's list anyway).
        matched[row] = 0;
      }
    }
    const terms = new Set<string>();
    for (const result of results) this.#matchedTerms(result, fieldIds, score, terms);
    return { rows: kept.subarray(0, count), score, terms };
  }

  /** A word's rows and scores over every field of the index (prefix and typos as asked). */
  word(
    word: string,
    prefix: boolean,
    fuzzy: number | false,
  ): { rows: Int32Array; scores: Float64Array } {
    const fields = Object.keys(this.#parts.fieldIds);
    const fieldIds = fields.map((field) => this.#parts.fieldIds[field]!);
    return this.#word(word, prefix, fuzzy, fields, fieldIds, true);
  }

  /** Vocabulary terms of one word that occur, in a searched field, in a kept row. */
  #matchedTerms(
    result: WordResult,
    fieldIds: readonly number[],
    kept: Float64Array,
    out: Set<string>,
  ): void {
    const { rows, offsets } = this.#parts;
    for (const t of result.derived) {
      const term = this.#terms[t]!;
      if (out.has(term)) continue;
      found: for (const f of fieldIds) {
        const k = t * this.#fieldCount + f;
        for (let j = offsets[k]!, end = offsets[k + 1]!; j < end; j++) {
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
    fieldIds: readonly number[],
    withExtra: boolean,
  ): WordResult {
    const extra = withExtra ? this.#extra : undefined;
    const key = `${fields.join(',')}|${extra ? 'x' : ''}${prefix ? 'p' : ''}${fuzzy || ''}|${word}`;
    const cached = this.#words.get(key);
    if (cached) return cached;
    const score = this.#scratch;
    const rows = this.#rowScratch;
    let count = 0;
    const derived: number[] = [];
    const boost = this.#options.boost;
    const boosts = fields.map((field) => boost[field] || 1);
    const { rows: postingRows, offsets } = this.#parts;
    const raw = this.#postings.raw;
    const { terms, weights } = this.#expand(word, prefix, fuzzy);
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      let occurs = false;
      for (let k = 0; k < fieldIds.length; k++) {
        const r = this.#scored(t, fieldIds[k]!);
        const start = offsets[r]!;
        const end = offsets[r + 1]!;
        if (start === end) continue;
        occurs = true;
        const w = weights[i]! * boosts[k]!;
        for (let j = start; j < end; j++) {
          const row = postingRows[j]!;
          if (score[row] === 0) rows[count++] = row;
          score[row]! += w * raw[j]!;
        }
      }
      if (occurs) derived.push(t);
    }
    extra?.(word, prefix, fuzzy, (more, add) => {
      for (let j = 0; j < more.length; j++) {
        const row = more[j]!;
        if (score[row] === 0) rows[count++] = row;
        score[row]! += add;
      }
    });
    const scores = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const row = rows[i]!;
      scores[i] = score[row]!;
      score[row] = 0;
    }
    const result = { rows: rows.slice(0, count), scores, derived: Int32Array.from(derived) };
    this.#words.set(key, result);
    return result;
  }

  /** Vocabulary terms a word matches with minisearch's weights: itself 1, prefix, then typos. */
  #expand(word: string, prefix: boolean, fuzzy: number | false): Expansion {
    const key = `${prefix ? 'p' : ''}${fuzzy || ''}|${word}`;
    const cached = this.#expansions.get(key);
    if (cached) return cached;
    const weights = this.#options.weights ?? WEIGHTS;
    const terms = this.#terms;
    const outTerms: number[] = [];
    const outWeights: number[] = [];
    const start = lowerBound(terms, word);
    if (terms[start] === word) {
      outTerms.push(start);
      outWeights.push(1);
    }
    if (prefix) {
      for (let t = start; t < terms.length && terms[t]!.startsWith(word); t++) {
        const term = terms[t]!;
        const distance = term.length - word.length;
        if (!distance) continue;
        outTerms.push(t);
        outWeights.push((weights.prefix * term.length) / (term.length + 0.3 * distance));
      }
    }
    if (fuzzy) {
      for (let t = 0; t < terms.length; t++) {
        const term = terms[t]!;
        if (Math.abs(term.length - word.length) > fuzzy) continue;
        if (term === word || (prefix && term.startsWith(word))) continue;
        const distance = levenshtein(word, term, fuzzy);
        if (distance <= fuzzy) {
          outTerms.push(t);
          outWeights.push((weights.fuzzy * term.length) / (term.length + distance));
        }
      }
    }
    const out = { terms: Int32Array.from(outTerms), weights: Float64Array.from(outWeights) };
    this.#expansions.set(key, out);
    return out;
  }
}

/** Scores per posting of one TermParts object (see TermScores#postings). */
interface PostingScores {
  raw: Float64Array;
  done: Uint8Array;
  /** Next range `scoreAhead` looks at. */
  next: number;
}
const postingScores = new WeakMap<TermParts, PostingScores>();

/** Vocabulary terms (indexes) a query word stands for, and each one's weight. */
interface Expansion {
  terms: Int32Array;
  weights: Float64Array;
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

/** Two rows of the edit-distance table, reused: a typo search compares every vocabulary term. */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Edit distance (insert, delete, substitute — as minisearch's fuzzy), capped at `max` + 1. */
export function levenshtein(a: string, b: string, max: number): number {
  if (b.length + 1 > previousRow.length) {
    previousRow = new Int32Array(b.length * 2 + 2);
    currentRow = new Int32Array(b.length * 2 + 2);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}
