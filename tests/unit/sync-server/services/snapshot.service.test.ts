import { describe, expect, it } from 'vitest';
import {
  etagMatches,
  isSnapshotDoc,
  parseSince,
  partEtag,
  wantedRevisions,
} from '../../../../sync-server/src/services/snapshot.service';

describe('snapshot service helpers', () => {
  it('asks for every leaf of every changed document except design and local ones', () => {
    expect(
      wantedRevisions([
        { seq: 1, id: 'service:a', revs: ['2-a', '2-b'] },
        { seq: 2, id: '_design/validation', revs: ['1-x'] },
        { seq: 3, id: 'service:c', revs: ['3-c'] },
      ]),
    ).toEqual([
      { id: 'service:a', rev: '2-a' },
      { id: 'service:a', rev: '2-b' },
      { id: 'service:c', rev: '3-c' },
    ]);
    expect(isSnapshotDoc('_local/x')).toBe(false);
  });

  it('derives a weak ETag from the database state, cursor and part size', () => {
    const tag = partEtag('10-abc', 0, 500);
    expect(tag).toMatch(/^W\/"snapshot-[\w-]+"$/);
    expect(partEtag('10-abc', 0, 500)).toBe(tag);
    expect(partEtag('11-abc', 0, 500)).not.toBe(tag);
    expect(partEtag('10-abc', '5', 500)).not.toBe(tag);
  });

  it('matches If-None-Match weakly, in lists and with *', () => {
    const tag = 'W/"snapshot-x"';
    expect(etagMatches(undefined, tag)).toBe(false);
    expect(etagMatches('"snapshot-x"', tag)).toBe(true);
    expect(etagMatches('"a", W/"snapshot-x"', tag)).toBe(true);
    expect(etagMatches('*', tag)).toBe(true);
    expect(etagMatches('"other"', tag)).toBe(false);
  });

  it('reads the cursor: 0 by default, integers as numbers, opaque strings as given', () => {
    expect(parseSince(undefined)).toBe(0);
    expect(parseSince('42')).toBe(42);
    expect(parseSince('42-g1AAAAB')).toBe('42-g1AAAAB');
    expect(parseSince(['1', '2'])).toBeUndefined();
    expect(parseSince('x'.repeat(3000))).toBeUndefined();
  });
});
