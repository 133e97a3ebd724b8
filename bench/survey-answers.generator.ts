/**
 * A 20-question survey of every kind and N generated answers to it, seeded so every run of
 * `npm run bench:surveys` aggregates the same data.
 */
import type {
  AnswerValue,
  QuestionKind,
  SurveyAnswerDoc,
  SurveyQuestion,
} from '../src/lib/domain/surveys/survey.types';

const KINDS: QuestionKind[] = [
  'municipality',
  'age-group',
  'target-group',
  'single',
  'multiple',
  'scale',
  'number',
  'text',
];

/** mulberry32: a tiny seeded generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchQuestions(count = 20): SurveyQuestion[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const options =
      kind === 'single' || kind === 'multiple'
        ? Array.from({ length: 6 }, (_, k) => ({ id: `o${k + 1}`, label: `Možnost ${k + 1}` }))
        : undefined;
    return {
      id: `q${i + 1}`,
      kind,
      text: `Otázka ${i + 1}`,
      required: i < 3,
      ...(options ? { options } : {}),
      ...(kind === 'number' ? { min: 0, max: 1000 } : {}),
    };
  });
}

export function benchAnswers(
  questions: SurveyQuestion[],
  count: number,
  seed = 16,
): SurveyAnswerDoc[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const municipalities = Array.from({ length: 30 }, (_, k) => `territory:municipality:m${k}`);
  const ages = ['children', 'youth', 'adults', 'seniors'];
  const targets = Array.from({ length: 12 }, (_, k) => `tg${k}`);
  return Array.from({ length: count }, (_, n) => {
    const answers: Record<string, AnswerValue> = {};
    for (const q of questions) {
      if (!q.required && next() < 0.15) continue;
      const options = (q.options ?? []).map((o) => o.id);
      switch (q.kind) {
        case 'single':
          answers[q.id] = pick(options);
          break;
        case 'multiple':
          answers[q.id] = options.filter(() => next() < 0.3);
          break;
        case 'scale':
          answers[q.id] = 1 + Math.floor(next() * 5);
          break;
        case 'number':
          answers[q.id] = Math.floor(next() * 200);
          break;
        case 'text':
          answers[q.id] = `Odpověď ${n} – chybí nám odlehčovací služba a doprava.`;
          break;
        case 'municipality':
          answers[q.id] = pick(municipalities);
          break;
        case 'age-group':
          answers[q.id] = pick(ages);
          break;
        case 'target-group':
          answers[q.id] = pick(targets);
          break;
      }
    }
    return {
      _id: `answer:bench:${n}`,
      type: 'survey-answer',
      survey: 'bench',
      channel: 'public',
      answers,
      receivedOn: '2026-05-01',
    };
  });
}
