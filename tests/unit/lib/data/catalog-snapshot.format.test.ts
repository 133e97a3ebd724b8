import { describe, expect, it } from 'vitest';
import {
  LineSplitter,
  parseLine,
  progressPercent,
  retryDelayMs,
} from '$lib/data/catalog-snapshot.format';

describe('snapshot stream lines', () => {
  it('reads the header, entries, rows with opaque sequences, deletions and the end', () => {
    expect(parseLine('{"format":2,"since":0,"total":12}')).toEqual({ kind: 'header', total: 12 });
    expect(parseLine('{"entry":{"_id":"taxonomy:forms","type":"taxonomy"}}')).toEqual({
      kind: 'change',
      change: {
        id: 'taxonomy:forms',
        deleted: false,
        doc: { _id: 'taxonomy:forms', type: 'taxonomy' },
      },
    });
    expect(parseLine('{"seq":"7-g1AA","id":"service:a","doc":{"_id":"service:a"}}')).toEqual({
      kind: 'change',
      change: { id: 'service:a', deleted: false, doc: { _id: 'service:a' } },
      seq: '7-g1AA',
    });
    expect(parseLine('{"seq":8,"id":"service:b","deleted":true}')).toEqual({
      kind: 'change',
      change: { id: 'service:b', deleted: true },
      seq: 8,
    });
    expect(parseLine('{"done":true,"last_seq":9}')).toEqual({ kind: 'done', lastSeq: 9 });
  });

  it('refuses another format and anything that is not a snapshot line', () => {
    expect(() => parseLine('{"format":1,"total":1}')).toThrow();
    expect(() => parseLine('{"error":"not_found"}')).toThrow();
    expect(() => parseLine('<html>')).toThrow();
  });

  it('splits streamed text into whole lines, keeping a cut line for the next chunk', () => {
    const splitter = new LineSplitter();
    expect(splitter.push('{"a":1}\n{"b"')).toEqual(['{"a":1}']);
    expect(splitter.push(':2}\n\n{"c":3}\n')).toEqual(['{"b":2}', '{"c":3}']);
    expect(splitter.push('')).toEqual([]);
  });

  it('reports whole percent, never 100 before the end, and backs off up to 30 s', () => {
    expect(progressPercent(50, 200, false)).toBe(25);
    expect(progressPercent(300, 200, false)).toBe(99);
    expect(progressPercent(0, 0, false)).toBe(0);
    expect(progressPercent(1, 2, true)).toBe(100);
    expect([0, 1, 2, 10].map(retryDelayMs)).toEqual([1000, 2000, 4000, 30_000]);
  });
});
