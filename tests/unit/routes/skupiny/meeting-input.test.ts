import { describe, expect, it } from 'vitest';
import { meetingInputErrors } from '../../../../src/routes/skupiny/[db]/meeting-input';

const ok = { title: 'Schůzka', date: '2031-02-28', time: '14:30', place: 'Radnice' };

describe('meetingInputErrors', () => {
  it('accepts a complete meeting, and one without time and place', () => {
    expect(meetingInputErrors(ok)).toEqual({});
    expect(meetingInputErrors({ title: 'Schůzka', date: '2031-02-28' })).toEqual({});
  });

  it('names each bad field with its own message', () => {
    expect(
      meetingInputErrors({ title: '  ', date: '', time: '25:00', place: 'x'.repeat(201) }),
    ).toEqual({
      title: 'meeting.input.titleMissing',
      date: 'meeting.input.dateMissing',
      time: 'meeting.input.timeInvalid',
      place: 'meeting.input.placeLong',
    });
  });

  it('refuses days that do not exist', () => {
    for (const date of ['2031-02-29', '2031-13-01', '2031-04-31', '31.1.2031']) {
      expect(meetingInputErrors({ ...ok, date }).date).toBe('meeting.input.dateInvalid');
    }
    expect(meetingInputErrors({ ...ok, date: '2032-02-29' }).date).toBeUndefined();
  });

  it('refuses days outside 2000 … ten years ahead, as the shared validation does', () => {
    const last = new Date().getFullYear() + 10;
    for (const date of ['1900-01-01', '1999-12-31', `${last + 1}-01-01`]) {
      expect(meetingInputErrors({ ...ok, date }).date).toBe('meeting.input.dateRange');
    }
    for (const date of ['2000-01-01', `${last}-12-31`]) {
      expect(meetingInputErrors({ ...ok, date }).date).toBeUndefined();
    }
  });
});
