import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment } from '$lib/i18n/format-date';

describe('formatDay', () => {
  it('writes a day the Czech way, and the English way for English', () => {
    expect(formatDay('2027-01-15', 'cs')).toBe('15. 1. 2027');
    expect(formatDay('2027-01-15', 'en')).toBe('15 Jan 2027');
  });

  it('never shifts the day by a time zone, and leaves what is not a day as it was', () => {
    expect(formatDay('2026-12-31', 'cs')).toBe('31. 12. 2026');
    expect(formatDay('zítra', 'cs')).toBe('zítra');
  });
});

describe('formatMoment', () => {
  it('has the day and the time', () => {
    expect(formatMoment('2027-01-15T10:05:00', 'cs')).toMatch(/^15\. 1\. 2027\s10:05$/);
  });
});
