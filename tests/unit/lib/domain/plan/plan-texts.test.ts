import { describe, expect, it } from 'vitest';
import {
  anyTextChangedIn,
  previousText,
  previousTextYear,
  textChangedIn,
  textForYear,
  textYears,
  withText,
} from '$domain/plan/plan-texts';
import { compareNumbers, parseYearlyId } from '$domain/plan/plan.types';

type F = 'title' | 'description';
const doc = {
  texts: {
    '2026': { title: 'Pečovatelská služba', description: 'Zachovat kapacitu.' },
    '2027': { description: 'Rozšířit kapacitu o 5 klientů.' },
    '2029': { title: '' },
  } as Record<string, Partial<Record<F, string>>>,
};

describe('year-keyed texts', () => {
  it('inherits the latest earlier wording', () => {
    expect(textYears(doc)).toEqual([2026, 2027, 2029]);
    expect(textForYear(doc, 'title', 2025)).toBe('');
    expect(textForYear(doc, 'title', 2028)).toBe('Pečovatelská služba');
    expect(textForYear(doc, 'description', 2028)).toBe('Rozšířit kapacitu o 5 klientů.');
    expect(textForYear(doc, 'title', 2029)).toBe('');
  });

  it('answers what changed against last year', () => {
    expect(previousText(doc, 'description', 2027)).toBe('Zachovat kapacitu.');
    expect(previousTextYear(doc, 'description', 2027)).toBe(2026);
    expect(previousTextYear(doc, 'description', 2026)).toBeUndefined();
    expect(textChangedIn(doc, 'description', 2027)).toBe(true);
    expect(textChangedIn(doc, 'title', 2027)).toBe(false);
    expect(textChangedIn(doc, 'title', 2026)).toBe(true);
    expect(anyTextChangedIn(doc, ['title', 'description'], 2028)).toBe(false);
  });

  it('writes a year without repeating inherited wording and never mutates', () => {
    const before = JSON.stringify(doc.texts);
    const same = withText(doc.texts, 'title', 2027, 'Pečovatelská služba');
    expect(same['2027']).toEqual({ description: 'Rozšířit kapacitu o 5 klientů.' });
    const changed = withText(doc.texts, 'title', 2028, 'Pečovatelská služba v celém ORP');
    expect(changed['2028']).toEqual({ title: 'Pečovatelská služba v celém ORP' });
    expect(textForYear({ texts: changed }, 'title', 2027)).toBe('Pečovatelská služba');
    const reverted = withText(changed, 'title', 2028, 'Pečovatelská služba');
    expect(reverted['2028']).toBeUndefined();
    expect(withText({}, 'title', 2026, '')).toEqual({});
    expect(JSON.stringify(doc.texts)).toBe(before);
  });
});

describe('plan numbers and ids', () => {
  it('orders shown numbers numerically', () => {
    const numbers = ['2', '1.10', '1.2', '1', '1.2.1', 'A'];
    expect([...numbers].sort(compareNumbers)).toEqual(['1', '1.2', '1.2.1', '1.10', '2', 'A']);
  });

  it('parses yearly ids', () => {
    expect(parseYearlyId('monitoring:2026:1.2.3')).toEqual({ year: 2026, activityCode: '1.2.3' });
    expect(parseYearlyId('action:2027:x')).toEqual({ year: 2027, activityCode: 'x' });
    expect(parseYearlyId('activity:1.2.3')).toBeUndefined();
  });
});
