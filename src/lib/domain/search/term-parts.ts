import type { AsPlainObject } from 'minisearch';

/** minisearch's BM25+ defaults (MiniSearch.getDefault / defaultSearchOptions). */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * The scoring data, read once from minisearch's index and stored in the search snapshot: per
 * vocabulary term and field, the rows it occurs in and how often, plus every row's field
 * lengths — what minisearch's BM25+ reads, in compact arrays (3 bytes per posting for up to
 * 65,536 rows instead of 12 with a precomputed float score: the snapshot is read at start-up).
 */
export interface TermParts {
  /** The folded vocabulary, sorted (binary search finds a prefix range). */
  terms: string[];
  /** minisearch's field ids (field name → id). */
  fieldIds: Record<string, number>;
  /** Term `t` in field `f`: postings `offsets[t * fields + f]` up to the next offset. */
  offsets: Uint32Array;
  /** Row of each posting (Uint16Array while the catalogue has at most 65,536 rows). */
  rows: Uint16Array | Int32Array;
  /** How often the term occurs in that row's field. */
  freqs: Uint16Array | Uint32Array;
  /** Tokens per row and field: `fieldLengths[row * fields + f]`. */
  fieldLengths: Uint32Array;
  averageFieldLength: number[];
  documentCount: number;
}

/** Reads minisearch's `toJSON()` (document ids are row indexes) into TermParts. */
export function termParts(plain: AsPlainObject): TermParts {
  const fieldCount = Object.keys(plain.fieldIds).length;
  const rowOf = plain.documentIds as Record<string, number>;
  const lengths = plain.fieldLength as Record<string, number[]>;
  const entries = [...plain.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let total = 0;
  let maxFreq = 0;
  let rowCount = 0;
  for (const [, fields] of entries) {
    for (const docs of Object.values(fields)) {
      for (const id in docs) {
        total++;
        if (docs[id]! > maxFreq) maxFreq = docs[id]!;
      }
    }
  }
  for (const id in rowOf) rowCount = Math.max(rowCount, rowOf[id]! + 1);
  const offsets = new Uint32Array(entries.length * fieldCount + 1);
  const rows = rowCount <= 0x10000 ? new Uint16Array(total) : new Int32Array(total);
  const freqs = maxFreq <= 0xffff ? new Uint16Array(total) : new Uint32Array(total);
  let at = 0;
  entries.forEach(([, fields], t) => {
    for (let f = 0; f < fieldCount; f++) {
      offsets[t * fieldCount + f] = at;
      const docs = fields[String(f)];
      if (!docs) continue;
      for (const id in docs) {
        rows[at] = rowOf[id]!;
        freqs[at++] = docs[id]!;
      }
    }
  });
  offsets[entries.length * fieldCount] = at;
  const fieldLengths = new Uint32Array(rowCount * fieldCount);
  for (const id in lengths) {
    const row = rowOf[id]!;
    lengths[id]!.forEach((length, f) => (fieldLengths[row * fieldCount + f] = length ?? 0));
  }
  return {
    terms: entries.map(([term]) => term),
    fieldIds: plain.fieldIds,
    offsets,
    rows,
    freqs,
    fieldLengths,
    averageFieldLength: plain.averageFieldLength,
    documentCount: plain.documentCount,
  };
}

/**
 * Unboosted BM25+ scores of postings `start … end - 1` (term `t` in field `f`) into `out`, with
 * minisearch's formula (calcBM25Score): the same operations in the same order, so the same
 * floating-point result.
 */
export function rawScores(
  parts: TermParts,
  fieldCount: number,
  f: number,
  start: number,
  end: number,
  out: Float64Array,
  bm25: { k: number; b: number; d: number } = BM25,
): void {
  const { k, b, d } = bm25;
  const matching = end - start;
  const avg = parts.averageFieldLength[f]!;
  const idf = Math.log(1 + (parts.documentCount - matching + 0.5) / (matching + 0.5));
  const { rows, freqs, fieldLengths } = parts;
  for (let j = start; j < end; j++) {
    const freq = freqs[j]!;
    const length = fieldLengths[rows[j]! * fieldCount + f]!;
    out[j] = idf * (d + (freq * (k + 1)) / (freq + k * (1 - b + (b * length) / avg)));
  }
}
