import { describe, expect, it } from 'vitest';
import { approveMinutes, reopenMinutes, splitApprovedChildren } from '$domain/groups/approval';
import type { AgendaItemDoc, MeetingDoc } from '$domain/groups/group.types';
import { validateGroupUpdate } from '$domain/groups/group.validation';
import type { AnyDoc } from '$domain/validation/validation.types';
import { agendaItem, coordinator, meeting, member } from './group-fixtures';

const koord = { name: 'koord', at: '2026-11-25T16:00:00.000Z' };

describe('approving and reopening minutes', () => {
  const m = meeting() as unknown as MeetingDoc;
  const items = [
    agendaItem(),
    agendaItem({ _id: 'agenda-item:m1:2', n: 2 }),
  ] as unknown as AgendaItemDoc[];

  it('produces documents the coordinator may write and members may not', () => {
    const batch = approveMinutes(m, items, koord);
    expect(batch).toHaveLength(3);
    const old = [m, ...items] as unknown as AnyDoc[];
    batch.forEach((doc, i) => {
      expect(validateGroupUpdate(doc as unknown as AnyDoc, old[i]!, coordinator).ok).toBe(true);
      expect(validateGroupUpdate(doc as unknown as AnyDoc, old[i]!, member).ok).toBe(false);
    });
  });

  it('reopens: draft meeting without approval fields, children unlocked', () => {
    const approved = approveMinutes(m, items, koord) as unknown as AnyDoc[];
    const batch = reopenMinutes(
      approved[0] as unknown as MeetingDoc,
      approved.slice(1) as unknown as AgendaItemDoc[],
      koord,
    );
    expect(batch[0]).toMatchObject({ status: 'draft' });
    expect(batch[0]).not.toHaveProperty('approvedBy');
    batch.forEach((doc, i) => {
      expect(validateGroupUpdate(doc as unknown as AnyDoc, approved[i]!, coordinator).ok).toBe(
        true,
      );
    });
  });

  it('splits the approved minutes from children added after approval', () => {
    const [a, b] = items;
    const split = splitApprovedChildren([{ ...a!, locked: true }, b!]);
    expect(split.minutes.map((c) => c._id)).toEqual(['agenda-item:m1:1']);
    expect(split.addedAfterApproval.map((c) => c._id)).toEqual(['agenda-item:m1:2']);
  });
});
