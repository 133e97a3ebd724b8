import { describe, expect, it } from 'vitest';
import {
  isSnapshotDoc,
  parseOrp,
  parseSince,
  servesOrp,
} from '../../../../sync-server/src/services/snapshot.service';

describe('snapshot service helpers', () => {
  it('never lets design or local documents out', () => {
    expect(isSnapshotDoc('service:a')).toBe(true);
    expect(isSnapshotDoc('_design/validation')).toBe(false);
    expect(isSnapshotDoc('_local/x')).toBe(false);
  });

  it('takes a cursor as a number when it is one, else as the opaque string CouchDB 3 uses', () => {
    expect(parseSince(undefined)).toBe(0);
    expect(parseSince('42')).toBe(42);
    expect(parseSince('12-g1AAAA')).toBe('12-g1AAAA');
    expect(parseSince(['1', '2'])).toBeUndefined();
    expect(parseSince('x'.repeat(2001))).toBeUndefined();
  });

  it('accepts an ORP key only as a lower-case slug', () => {
    expect(parseOrp('cesky-krumlov')).toBe('cesky-krumlov');
    expect(parseOrp('Český Krumlov')).toBeUndefined();
    expect(parseOrp(['a'])).toBeUndefined();
  });

  it('puts a service into an ORP snapshot when it serves the ORP and is not removed', () => {
    const doc = { _id: 'service:a', serviceArea: { orps: ['tabor', 'pisek'] } };
    expect(servesOrp(doc, 'pisek')).toBe(true);
    expect(servesOrp(doc, 'strakonice')).toBe(false);
    expect(servesOrp({ ...doc, status: 'removed' }, 'pisek')).toBe(false);
    expect(servesOrp({ _id: 'service:b' }, 'pisek')).toBe(false);
  });
});
