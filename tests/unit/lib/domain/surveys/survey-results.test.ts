import { describe, expect, it } from 'vitest';
import { aggregateSurvey } from '$domain/surveys/survey-results';
import { csvCell, surveyAnswersCsv } from '$domain/surveys/survey-csv';
import type { AnswerValue, SurveyQuestion } from '$domain/surveys/survey.types';

const questions: SurveyQuestion[] = [
  {
    id: 'q1',
    kind: 'single',
    text: 'Využíváte službu?',
    required: true,
    options: [
      { id: 'a', label: 'Ano' },
      { id: 'b', label: 'Ne' },
    ],
  },
  {
    id: 'q2',
    kind: 'multiple',
    text: 'Co chybí?',
    required: false,
    options: [
      { id: 'x', label: 'Doprava' },
      { id: 'y', label: 'Odlehčovací služba' },
    ],
  },
  { id: 'q3', kind: 'scale', text: 'Spokojenost', required: false },
  { id: 'q4', kind: 'number', text: 'Kolik dní čekáte?', required: false, min: 0, max: 365 },
  { id: 'q5', kind: 'text', text: 'Vzkaz', required: false },
  { id: 'q6', kind: 'municipality', text: 'Obec', required: true },
  { id: 'q7', kind: 'age-group', text: 'Věk', required: false },
];

const answers: { answers: Record<string, AnswerValue> }[] = [
  {
    answers: {
      q1: 'a',
      q2: ['x', 'y'],
      q3: 5,
      q4: 10,
      q5: 'Díky',
      q6: 'territory:municipality:m1',
      q7: 'seniors',
    },
  },
  { answers: { q1: 'a', q2: ['x'], q3: 4, q4: 30, q6: 'm1', q7: 'adults' } },
  { answers: { q1: 'b', q3: 1, q4: 2, q6: 'm2' } },
  { answers: { q1: 'b', q2: [], q5: '', q6: 'm2', q7: 'seniors' } },
];

describe('aggregateSurvey', () => {
  const results = aggregateSurvey({ questions }, answers, {
    label: (kind, key) => `${kind}:${key}`,
  });
  const q = (id: string) => results.questions.find((r) => r.id === id)!;

  it('counts choices with their labels and shares of those who answered', () => {
    expect(results.respondents).toBe(4);
    expect(q('q1').counts).toEqual([
      { key: 'a', label: 'Ano', count: 2, share: 0.5 },
      { key: 'b', label: 'Ne', count: 2, share: 0.5 },
    ]);
    // An empty selection is no answer; shares are of the two who chose something.
    expect(q('q2').answered).toBe(2);
    expect(q('q2').counts?.map((c) => [c.label, c.count, c.share])).toEqual([
      ['Doprava', 2, 1],
      ['Odlehčovací služba', 1, 0.5],
    ]);
  });

  it('gives every scale value, its mean and median; numbers their mean and median', () => {
    expect(q('q3').counts?.map((c) => c.count)).toEqual([1, 0, 0, 1, 1]);
    expect(q('q3').mean).toBeCloseTo(10 / 3);
    expect(q('q3').median).toBe(4);
    expect(q('q4').mean).toBe(14);
    expect(q('q4').median).toBe(10);
    expect(q('q4').counts).toBeUndefined();
  });

  it('lists free texts and labels municipalities however they are stored', () => {
    expect(q('q5').texts).toEqual(['Díky']);
    expect(q('q6').counts?.map((c) => [c.label, c.count])).toEqual([
      ['municipality:m1', 2],
      ['municipality:m2', 2],
    ]);
  });

  it('breaks the other questions down by municipality and by age group', () => {
    const m1 = results.byMunicipality!.groups.find((g) => g.key === 'm1')!;
    expect(m1.respondents).toBe(2);
    expect(m1.questions.find((r) => r.id === 'q1')?.counts?.[0]?.count).toBe(2);
    expect(m1.questions.some((r) => r.id === 'q6')).toBe(false);
    const seniors = results.byAgeGroup!.groups.find((g) => g.key === 'seniors')!;
    expect(seniors.respondents).toBe(2);
    expect(seniors.label).toBe('age-group:seniors');
  });

  it('has no breakdown when the survey does not ask the question, and handles no answers', () => {
    const empty = aggregateSurvey({ questions: questions.slice(0, 4) }, []);
    expect(empty.respondents).toBe(0);
    expect(empty.byMunicipality).toBeUndefined();
    expect(empty.questions[2]?.mean).toBeUndefined();
    expect(empty.questions[0]?.counts?.[0]?.share).toBe(0);
  });
});

describe('survey CSV', () => {
  it('quotes separators and quotes, and keeps a formula as text', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('řekl "ne"')).toBe('"řekl ""ne"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes one row per answer with labels, a BOM and CRLF', () => {
    const csv = surveyAnswersCsv(
      questions.slice(0, 2),
      [{ answers: { q1: 'a', q2: ['x', 'y'] }, receivedOn: '2026-05-01', channel: 'public' }],
      { receivedOn: 'Den', channel: 'Kanál' },
    );
    expect(csv).toBe(
      '\uFEFFDen,Kanál,Využíváte službu?,Co chybí?\r\n2026-05-01,public,Ano,Doprava; Odlehčovací služba\r\n',
    );
  });
});
