import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '$lib/i18n/format';

describe('formatNumber', () => {
  it('writes a decimal comma in Czech and a point in English', () => {
    expect(formatNumber(0.4, 'cs', 1)).toBe('0,4');
    expect(formatNumber(0.44, 'en', 1)).toBe('0.4');
    // Thousands apart with a (non-breaking) space in Czech.
    expect(formatNumber(12345.6, 'cs', 1).replace(/\s/g, ' ')).toBe('12 345,6');
  });
});

describe('formatDate', () => {
  it('writes "15. 1. 2027" in Czech, day first in English', () => {
    expect(formatDate('2027-01-15', 'cs').replace(/\s/g, ' ')).toBe('15. 1. 2027');
    expect(formatDate(new Date(2027, 0, 15, 9), 'cs').replace(/\s/g, ' ')).toBe('15. 1. 2027');
    expect(formatDate('2027-01-15', 'en')).toBe('15/01/2027');
  });
});
