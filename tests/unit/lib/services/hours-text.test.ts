import { describe, expect, it } from 'vitest';
import { dayRange, slotLines } from '$lib/services/hours-text';

const days = ['po', 'út', 'st', 'čt', 'pá', 'so', 'ne'];

describe('hours text', () => {
  it('reads a run of days as a range and others as a list', () => {
    expect(dayRange([5, 1, 2, 3, 4], days)).toBe('po–pá');
    expect(dayRange([1, 3], days)).toBe('po, st');
    expect(dayRange([1, 2], days)).toBe('po, út');
    expect(dayRange([], days)).toBe('');
  });

  it('gives one line per slot', () => {
    expect(
      slotLines(
        {
          regular: [
            { days: [1, 2, 3], opens: '8:00', closes: '12:00' },
            { days: [4], opens: '13:00', closes: '18:00' },
          ],
        },
        days,
      ),
    ).toEqual(['po–st: 8:00–12:00', 'čt: 13:00–18:00']);
    expect(slotLines(undefined, days)).toEqual([]);
  });
});
