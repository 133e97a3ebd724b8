import { describe, expect, it } from 'vitest';
import {
  DEMO_UPCOMING_KEY,
  demoGroupDocs,
  refreshedUpcoming,
} from '../../../../sync-server/src/demo/meetings.demo';
import { DEMO_PLAN_GROUPS } from '../../../../sync-server/src/demo/plan.demo';
import { DEMO_ACCOUNTS } from '../../../../sync-server/src/services/demo-accounts.service';
import { validateGroupUpdate } from '../../../../src/lib/domain/groups/group.validation';
import type { MeetingDoc, RosterDoc } from '../../../../src/lib/domain/groups/group.types';
import type { AnyDoc } from '../../../../src/lib/domain/validation/validation.types';

const NOW = new Date('2027-03-10T08:00:00Z');

describe('demo meetings', () => {
  const groups = Object.entries(DEMO_PLAN_GROUPS).flatMap(([orp, gs]) =>
    gs.map((group) => ({ orp, group })),
  );

  it.each(groups)('$orp/$group: valid documents an admin may write', ({ orp, group }) => {
    const docs = demoGroupDocs(orp, group, NOW);
    const ctx = { name: 'admin', roles: ['_admin'], db: `orp-${orp}-group-${group}` };
    for (const doc of docs) {
      expect(validateGroupUpdate(doc as unknown as AnyDoc, null, ctx), doc._id).toEqual({
        ok: true,
      });
    }
    expect(new Set(docs.map((d) => d._id)).size).toBe(docs.length);
  });

  it.each(groups)(
    '$orp/$group: three approved past meetings with minutes, one upcoming, demo accounts on the roster',
    ({ orp, group }) => {
      const docs = demoGroupDocs(orp, group, NOW);
      const meetings = docs.filter((d): d is MeetingDoc => d.type === 'meeting');
      const past = meetings.filter((m) => m.date < '2027-03-10');
      expect(past).toHaveLength(3);
      expect(past.every((m) => m.status === 'approved')).toBe(true);
      expect(meetings.filter((m) => m.date > '2027-03-10')).toHaveLength(1);
      for (const type of ['agenda-item', 'attendance', 'decision', 'task']) {
        expect(
          docs.some((d) => d.type === type && 'meetingId' in d && d.meetingId === 'demo-1'),
          type,
        ).toBe(true);
      }
      const roster = docs.find((d): d is RosterDoc => d.type === 'roster');
      const accounts = DEMO_ACCOUNTS.filter((a) =>
        a.roles.some((r) => r === `orp:${orp}:group:${group}` || r === `orp:${orp}:coordinator`),
      ).map((a) => a.name);
      expect(roster?.members.map((m) => m.name)).toEqual(expect.arrayContaining(accounts));
    },
  );

  it('moves an untouched upcoming meeting forward once its day has passed, and only then', () => {
    const upcoming = demoGroupDocs('ckrumlov', 'seniori', NOW).find(
      (d): d is MeetingDoc => d._id === `meeting:${DEMO_UPCOMING_KEY}`,
    );
    if (!upcoming) throw new Error('no upcoming meeting');
    expect(refreshedUpcoming(upcoming, NOW)).toBeUndefined();
    const later = new Date('2027-06-01T08:00:00Z');
    expect(refreshedUpcoming(upcoming, later)?.date).toBe('2027-06-15');
    expect(refreshedUpcoming({ ...upcoming, updatedBy: 'ck-seniori' }, later)).toBeUndefined();
  });

  it('each demo ORP has exactly one public meeting, and it is upcoming', () => {
    for (const [orp, gs] of Object.entries(DEMO_PLAN_GROUPS)) {
      const publicOnes = gs
        .flatMap((group) => demoGroupDocs(orp, group, NOW))
        .filter((d): d is MeetingDoc => d.type === 'meeting' && d.public === true);
      expect(publicOnes, orp).toHaveLength(1);
      expect((publicOnes[0]?.date ?? '') > '2027-03-10', orp).toBe(true);
    }
  });
});
