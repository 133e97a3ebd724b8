import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateSurvey, municipalityKey } from '$domain/surveys/survey-results';
import type { AnswerValue, SurveyQuestion } from '$domain/surveys/survey.types';

/**
 * aggregateSurvey is a single-pass optimisation; this holds it to the obvious definition:
 * filter the respondents who answered, count each key, sort the values for the median.
 */
const KEYS = ['k1', 'k2', 'k3'];
const questionsArb: fc.Arbitrary<SurveyQuestion[]> = fc
  .array(
    fc.constantFrom<SurveyQuestion['kind']>(
      'single',
      'multiple',
      'scale',
      'number',
      'text',
      'municipality',
      'age-group',
      'target-group',
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((kinds) =>
    kinds.map((kind, i) => ({
      id: `q${i + 1}`,
      kind,
      text: `Otázka ${i + 1}`,
      required: false,
      ...(kind === 'single' || kind === 'multiple'
        ? {
            options: [
              { id: 'a', label: 'A' },
              { id: 'b', label: 'B' },
              { id: 'c', label: 'C' },
            ],
          }
        : {}),
    })),
  );

function valueArb(q: SurveyQuestion): fc.Arbitrary<AnswerValue | undefined> {
  const some = (a: fc.Arbitrary<AnswerValue>) => fc.option(a, { nil: undefined });
  switch (q.kind) {
    case 'single':
      return some(fc.constantFrom('a', 'b', 'c'));
    case 'multiple':
      return some(fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }));
    case 'scale':
      return some(fc.integer({ min: 1, max: 5 }));
    case 'number':
      return some(fc.integer({ min: -50, max: 1000 }));
    case 'text':
      return some(fc.string({ maxLength: 5 }));
    case 'municipality':
      return some(fc.constantFrom(...KEYS, ...KEYS.map((k) => `territory:municipality:${k}`)));
    default:
      return some(fc.constantFrom(...KEYS));
  }
}

const surveyArb = questionsArb.chain((questions) =>
  fc.record({
    questions: fc.constant(questions),
    answers: fc.array(
      fc.tuple(...questions.map(valueArb)).map((values) => ({
        answers: Object.fromEntries(
          values.flatMap((v, i) => (v === undefined ? [] : [[questions[i]!.id, v]])),
        ) as Record<string, AnswerValue>,
      })),
      { maxLength: 40 },
    ),
  }),
);

const isAnswered = (v: AnswerValue | undefined) =>
  v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
const keyOf = (q: SurveyQuestion, v: string) =>
  q.kind === 'municipality' ? municipalityKey(v) : v;

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1]! + s[m]!) / 2;
}

/** The reference: per question, plain filters and counts. */
function reference(
  questions: SurveyQuestion[],
  answers: { answers: Record<string, AnswerValue> }[],
) {
  return questions.map((q) => {
    const given = answers.map((a) => a.answers[q.id]).filter(isAnswered) as AnswerValue[];
    const count = (key: string) =>
      given.filter((v) => (Array.isArray(v) ? v.includes(key) : keyOf(q, String(v)) === key))
        .length;
    const numbers = given.filter((v): v is number => typeof v === 'number');
    const keys =
      q.kind === 'single' || q.kind === 'multiple'
        ? ['a', 'b', 'c']
        : q.kind === 'scale'
          ? ['1', '2', '3', '4', '5']
          : [...new Set(given.map((v) => keyOf(q, String(v))))];
    return {
      answered: given.length,
      counts: Object.fromEntries(keys.map((k) => [k, count(k)])),
      mean: numbers.length ? numbers.reduce((s, n) => s + n, 0) / numbers.length : undefined,
      median: median(numbers),
      texts: q.kind === 'text' ? given : undefined,
    };
  });
}

describe('aggregateSurvey (property)', () => {
  it('equals the reference for every question, overall and within each breakdown group', () => {
    fc.assert(
      fc.property(surveyArb, ({ questions, answers }) => {
        const results = aggregateSurvey({ questions }, answers);
        const expected = reference(questions, answers);
        const compare = (actual: typeof results.questions, ref: typeof expected, skip?: string) => {
          const shown = questions.filter((q) => q.id !== skip);
          expect(actual.map((r) => r.id)).toEqual(shown.map((q) => q.id));
          for (const r of actual) {
            const want = ref[questions.findIndex((q) => q.id === r.id)]!;
            expect(r.answered).toBe(want.answered);
            if (r.kind === 'text') expect(r.texts).toEqual(skip ? [] : want.texts);
            else if (r.kind === 'number') {
              if (want.mean === undefined) expect(r.mean).toBeUndefined();
              else expect(r.mean).toBeCloseTo(want.mean, 9);
              expect(r.median).toBe(want.median);
            } else {
              const counts = Object.fromEntries((r.counts ?? []).map((c) => [c.key, c.count]));
              expect(counts).toEqual(want.counts);
              for (const c of r.counts ?? []) {
                expect(c.share).toBeCloseTo(r.answered ? c.count / r.answered : 0, 12);
              }
              if (r.kind === 'scale') {
                if (want.mean === undefined) expect(r.mean).toBeUndefined();
                else expect(r.mean).toBeCloseTo(want.mean, 9);
                expect(r.median).toBe(want.median);
              }
            }
          }
        };
        expect(results.respondents).toBe(answers.length);
        compare(results.questions, expected);
        const municipality = questions.find((q) => q.kind === 'municipality');
        if (!municipality) expect(results.byMunicipality).toBeUndefined();
        for (const group of results.byMunicipality?.groups ?? []) {
          const members = answers.filter((a) => {
            const v = a.answers[municipality!.id];
            return typeof v === 'string' && municipalityKey(v) === group.key;
          });
          expect(group.respondents).toBe(members.length);
          compare(group.questions, reference(questions, members), municipality!.id);
        }
        const grouped = (results.byMunicipality?.groups ?? []).reduce(
          (s, g) => s + g.respondents,
          0,
        );
        const withMunicipality = municipality
          ? answers.filter((a) => isAnswered(a.answers[municipality.id])).length
          : 0;
        expect(grouped).toBe(withMunicipality);
      }),
      { numRuns: 300 },
    );
  });
});
