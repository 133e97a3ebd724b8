import { describe, expect, it } from 'vitest';
import { validateGroupUpdate } from '$domain/groups/group.validation';
import { isActivityRef } from '$domain/groups/group.types';
import { agendaItem, attendance, decision, member, task } from './group-fixtures';

describe('plan activity references on group documents', () => {
  it('accepts agenda items, decisions and tasks that reference an activity', () => {
    for (const doc of [agendaItem, decision, task]) {
      expect(validateGroupUpdate(doc({ activityId: 'activity:1.2.3' }), null, member).ok).toBe(
        true,
      );
    }
  });

  it('keeps the reference optional', () => {
    for (const doc of [agendaItem, decision, task]) {
      expect(validateGroupUpdate(doc(), null, member).ok).toBe(true);
    }
  });

  it('refuses a malformed reference with a reason in both languages', () => {
    for (const bad of ['1.2.3', 'activity:', 'activity:a b', 'measure:1', 12]) {
      for (const doc of [agendaItem, decision, task]) {
        const result = validateGroupUpdate(doc({ activityId: bad }), null, member);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason.cs).toContain('activity:<kód>');
      }
    }
  });

  it('leaves attendance alone and tells references from other ids', () => {
    expect(validateGroupUpdate(attendance(), null, member).ok).toBe(true);
    expect(isActivityRef('activity:1.2')).toBe(true);
    expect(isActivityRef('activity:x:y')).toBe(false);
  });
});
