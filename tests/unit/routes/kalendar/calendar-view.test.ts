import { describe, expect, it } from 'vitest';
import {
  byMonth,
  type CalendarMeeting,
} from '../../../../src/routes/kalendar/calendar-view.svelte';

const m = (date: string): CalendarMeeting =>
  ({ db: 'd', key: date, meeting: { date } }) as unknown as CalendarMeeting;

describe('byMonth', () => {
  it('groups meetings by month in their given order', () => {
    const months = byMonth([m('2031-01-05'), m('2031-01-20'), m('2031-03-01')]);
    expect(months.map((x) => [x.month, x.meetings.length])).toEqual([
      ['2031-01', 2],
      ['2031-03', 1],
    ]);
    expect(byMonth([])).toEqual([]);
  });
});
