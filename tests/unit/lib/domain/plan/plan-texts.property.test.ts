import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textForYear, withText } from '$domain/plan/plan-texts';
import type { YearTexts } from '$domain/plan/plan.types';

type F = 'title' | 'description';
const year = fc.integer({ min: 2020, max: 2030 });
const field = fc.constantFrom<F>('title', 'description');
const text = fc.constantFrom('', 'a', 'b', 'Pečovatelská služba');
const writes = fc.array(fc.tuple(field, year, text), { maxLength: 12 });

describe('withText (property)', () => {
  it('any sequence of writes reads back as written, and other years are unaffected', () => {
    fc.assert(
      fc.property(writes, field, year, text, (history, f, y, value) => {
        let texts: YearTexts<F> = {};
        for (const [hf, hy, hv] of history) texts = withText(texts, hf, hy, hv);
        const next = withText(texts, f, y, value);
        expect(textForYear({ texts: next }, f, y)).toBe(value);
        for (let other = 2020; other < y; other++) {
          expect(textForYear({ texts: next }, f, other)).toBe(textForYear({ texts }, f, other));
        }
        const otherField: F = f === 'title' ? 'description' : 'title';
        for (let other = 2020; other <= 2030; other++) {
          expect(textForYear({ texts: next }, otherField, other)).toBe(
            textForYear({ texts }, otherField, other),
          );
        }
        // No empty year entries are stored.
        for (const entry of Object.values(next))
          expect(Object.keys(entry).length).toBeGreaterThan(0);
      }),
    );
  });
});
