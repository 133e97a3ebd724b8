import { describe, expect, it } from 'vitest';
import { meetingKeyOf, myGroups, toGroupRow } from '$lib/data/groups-read-model';
import type { WorkingGroupDoc } from '$lib/domain/planning/planning.types';

describe('group read model rows', () => {
  it('keys meetings and their children by the meeting key', () => {
    expect(meetingKeyOf({ _id: 'meeting:2031-01-02-ab12' })).toBe('2031-01-02-ab12');
    expect(meetingKeyOf({ _id: 'agenda-item:k1:2', meetingId: 'k1' })).toBe('k1');
    expect(meetingKeyOf({ _id: 'task:x', meetingId: 'k1' })).toBe('k1');
    expect(meetingKeyOf({ _id: 'task:y' })).toBeUndefined();
  });

  it('marks conflicted winners, lower-cases assignees and drops deletions', () => {
    const row = toGroupRow('orp-ck-group-s', {
      id: 'task:a',
      deleted: false,
      doc: { _id: 'task:a', type: 'task', assignee: 'Jana', _conflicts: ['2-b'] },
    });
    expect(row).toMatchObject({ key: 'orp-ck-group-s|task:a', assignee: 'jana', conflicted: true });
    expect(toGroupRow('orp-ck-group-s', { id: 'task:a', deleted: true })).toBeUndefined();
  });
});

describe('myGroups', () => {
  const known = [
    { orp: 'ck', group: 'seniori', name: 'Senioři' },
    { orp: 'ck', group: 'deti', name: 'Děti' },
    { orp: 'tb', group: 'seniori', name: 'Senioři TB' },
  ] as WorkingGroupDoc[];

  it('gives a member their own groups only', () => {
    expect(myGroups(['orp:ck:group:seniori', 'orp:ck:member'], known)).toEqual([
      {
        db: 'orp-ck-group-seniori',
        orp: 'ck',
        group: 'seniori',
        name: 'Senioři',
        coordinator: false,
      },
    ]);
  });

  it("gives a coordinator every group of their ORP, and no other ORP's", () => {
    expect(myGroups(['orp:ck:coordinator'], known).map((g) => g.db)).toEqual([
      'orp-ck-group-deti',
      'orp-ck-group-seniori',
    ]);
  });
});
