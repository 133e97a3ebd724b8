import { describe, expect, it } from 'vitest';
import {
  INITIAL_SNAPSHOT_STATE,
  parsePart,
  partUrl,
  progressPercent,
  replicationSince,
  retryDelayMs,
} from '$lib/data/pouch/catalog-snapshot.format';

const part = {
  format: 1,
  since: 0,
  last_seq: '12-g1AAAA',
  rows: 2,
  total: 10,
  done: false,
  docs: [{ _id: 'service:a', _rev: '1-a', _revisions: { start: 1, ids: ['a'] } }],
};

describe('snapshot parts', () => {
  it('accepts a well-formed part and keeps opaque sequences as they are', () => {
    expect(parsePart(part)).toEqual({
      since: 0,
      last_seq: '12-g1AAAA',
      rows: 2,
      total: 10,
      done: false,
      docs: part.docs,
    });
  });

  it('refuses anything else: other formats, error bodies, documents without revisions', () => {
    expect(() => parsePart({ ...part, format: 2 })).toThrow();
    expect(() => parsePart({ error: 'bad_gateway' })).toThrow();
    expect(() => parsePart({ ...part, docs: [{ _id: 'x' }] })).toThrow();
    expect(() => parsePart(null)).toThrow();
  });

  it('puts the cursor into the query string safely', () => {
    expect(partUrl('http://x', '12-g1A/+=')).toBe(
      'http://x/api/catalog/snapshot?since=12-g1A%2F%2B%3D',
    );
  });
});

describe('progress and retries', () => {
  it('never shows 100 % before the last part, and never more', () => {
    expect(progressPercent(0, 0, false)).toBe(0);
    expect(progressPercent(45, 100, false)).toBe(45);
    expect(progressPercent(120, 100, false)).toBe(99);
    expect(progressPercent(3, 100, true)).toBe(100);
  });

  it('backs off exponentially up to 30 s', () => {
    expect([0, 1, 2, 3, 10].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 30_000]);
  });
});

describe('where replication starts', () => {
  it('from its own checkpoint unless a finished snapshot has not been handed over', () => {
    expect(replicationSince(undefined)).toBeUndefined();
    expect(replicationSince({ ...INITIAL_SNAPSHOT_STATE, cursor: 5 })).toBeUndefined();
    expect(replicationSince({ ...INITIAL_SNAPSHOT_STATE, cursor: 5, done: true })).toBe(5);
    expect(
      replicationSince({ ...INITIAL_SNAPSHOT_STATE, cursor: 5, done: true, handedOver: true }),
    ).toBeUndefined();
  });
});
