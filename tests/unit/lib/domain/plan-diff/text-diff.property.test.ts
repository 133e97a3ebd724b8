import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changeKind, diffText, textAfter, textBefore } from '$domain/plan-diff/text-diff';

// Czech-looking text: words with diacritics, punctuation, spaces, tabs and line breaks, so the
// generator hits every token class the diff distinguishes.
const word = fc.constantFrom(
  'služba',
  'pečovatelská',
  'Přídolí',
  'čtyřech',
  'úvazky',
  'ORP',
  '2026–2028',
  'a',
  'v',
  'ů',
  'Ž',
);
const piece = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 2, arbitrary: fc.constantFrom(' ', '  ', '\t', '\n', '\n\n', '\r\n') },
  { weight: 2, arbitrary: fc.constantFrom('.', ',', ';', '–', '(', ')', '„', '“', '%') },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const maybeText = fc.option(text, { nil: null });

/** A related pair: this year's text is last year's with a few words changed. */
const edited = fc
  .tuple(
    fc.array(piece, { minLength: 1, maxLength: 40 }),
    fc.array(fc.tuple(fc.nat(), piece), { maxLength: 5 }),
  )
  .map(([parts, edits]) => {
    const next = [...parts];
    for (const [at, replacement] of edits) next[at % next.length] = replacement;
    return [parts.join(''), next.join('')] as const;
  });

describe('diffText (property)', () => {
  it('rebuilds both texts exactly from the segments', () => {
    fc.assert(
      fc.property(maybeText, maybeText, (before, after) => {
        const { segments } = diffText(before, after);
        expect(textBefore(segments)).toBe(before ?? '');
        expect(textAfter(segments)).toBe(after ?? '');
      }),
      { numRuns: 500 },
    );
  });

  it('rebuilds both texts of a lightly edited pair, with no empty or repeated-kind segments', () => {
    fc.assert(
      fc.property(edited, ([before, after]) => {
        const { kind, segments } = diffText(before, after);
        expect(textBefore(segments)).toBe(before);
        expect(textAfter(segments)).toBe(after);
        expect(kind === 'unchanged' || kind === 'absent').toBe(before === after);
        for (let i = 0; i < segments.length; i++) {
          expect(segments[i]!.text).not.toBe('');
          if (i > 0) expect(segments[i]!.kind).not.toBe(segments[i - 1]!.kind);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('changeKind (property)', () => {
  it('agrees with the kind diffText reports', () => {
    fc.assert(
      fc.property(maybeText, maybeText, (before, after) => {
        expect(changeKind(before, after)).toBe(diffText(before, after).kind);
      }),
    );
  });
});
