import { describe, expect, it } from 'vitest';
import { isOpenAt, pragueTime } from '$domain/catalog/opening-hours';

const office = {
  regular: [
    { days: [1, 3], opens: '08:00', closes: '17:00' },
    { days: [2, 4], opens: '08:00', closes: '12:00' },
  ],
};

describe('pragueTime', () => {
  it('reads Prague wall-clock time in winter (UTC+1) and summer (UTC+2)', () => {
    // Monday 2027-01-11 07:30 UTC = 08:30 in Prague.
    expect(pragueTime(new Date('2027-01-11T07:30:00Z'))).toEqual({ day: 1, minutes: 8 * 60 + 30 });
    // Monday 2027-07-12 07:30 UTC = 09:30 in Prague (CEST).
    expect(pragueTime(new Date('2027-07-12T07:30:00Z'))).toEqual({ day: 1, minutes: 9 * 60 + 30 });
    // Sunday 23:30 UTC is already Monday 00:30 in Prague.
    expect(pragueTime(new Date('2027-01-10T23:30:00Z'))).toEqual({ day: 1, minutes: 30 });
  });
});

describe('isOpenAt', () => {
  it('is open inside a slot on its day and closed outside it, in Prague time', () => {
    expect(isOpenAt(office, new Date('2027-01-11T07:30:00Z'))).toBe(true); // Mon 08:30
    expect(isOpenAt(office, new Date('2027-01-11T06:30:00Z'))).toBe(false); // Mon 07:30
    // 16:30 UTC on Monday is 17:30 in Prague: closed, though 16:30 would be open.
    expect(isOpenAt(office, new Date('2027-01-11T16:30:00Z'))).toBe(false);
    expect(isOpenAt(office, new Date('2027-01-12T11:30:00Z'))).toBe(false); // Tue 12:30
    expect(isOpenAt(office, new Date('2027-01-16T09:00:00Z'))).toBe(false); // Saturday
  });

  it('closes at the closing minute', () => {
    expect(isOpenAt(office, new Date('2027-01-12T10:59:00Z'))).toBe(true); // Tue 11:59
    expect(isOpenAt(office, new Date('2027-01-12T11:00:00Z'))).toBe(false); // Tue 12:00
  });

  it('follows a night slot past midnight into the next day', () => {
    const night = { regular: [{ days: [5], opens: '22:00', closes: '06:00' }] };
    expect(isOpenAt(night, new Date('2027-01-15T21:30:00Z'))).toBe(true); // Fri 22:30
    expect(isOpenAt(night, new Date('2027-01-16T04:00:00Z'))).toBe(true); // Sat 05:00
    expect(isOpenAt(night, new Date('2027-01-16T05:30:00Z'))).toBe(false); // Sat 06:30
    expect(isOpenAt(night, new Date('2027-01-14T04:00:00Z'))).toBe(false); // Thu 05:00
  });

  it('is always open when non-stop, and claims nothing without readable hours', () => {
    expect(isOpenAt({ nonstop: true }, new Date())).toBe(true);
    expect(isOpenAt(undefined, new Date())).toBeUndefined();
    expect(isOpenAt({ note: 'po domluvě' }, new Date())).toBeUndefined();
    expect(
      isOpenAt({ regular: [{ days: [1], opens: 'ráno', closes: '' }] }, new Date()),
    ).toBeUndefined();
  });
});
