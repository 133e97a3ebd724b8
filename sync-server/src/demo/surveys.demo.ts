import { AGE_GROUPS, TARGET_GROUPS } from '../../../src/lib/domain/catalog/data/groups.data';
import { municipalitiesOf } from '../../../src/lib/domain/catalog/territory';
import {
  answerId,
  surveyId,
  type AnswerValue,
  type SurveyAnswerDoc,
  type SurveyDoc,
  type SurveyQuestion,
} from '../../../src/lib/domain/surveys/survey.types';
import { createRng, type Rng } from './seeded-random';
import { DEMO_PLAN_TIME } from './plan.demo';

/**
 * One published survey per demo ORP with ~300 generated answers (seeded: identical on every
 * start, so ids and revisions are stable). Open until the end of 2029 so the demo and the e2e
 * tests can answer it for years; answers are dated in the weeks before the demo's fixed time.
 */
export const DEMO_ANSWERS_PER_SURVEY = 300;
export const DEMO_ANSWER_PREFIX = 'demo-';

interface DemoSurveySeed {
  key: string;
  territory: string;
  title: string;
  purpose: string;
  author: string;
  extra: SurveyQuestion[];
  seed: number;
}

const SEEDS: Readonly<Record<string, DemoSurveySeed>> = {
  dacice: {
    key: 'potrebnost-nove-sluzby',
    territory: 'dacice',
    title: 'Průzkum potřebnosti nové sociální služby',
    purpose:
      'Zvažujeme zřízení odlehčovací služby a denního stacionáře na Dačicku. Vaše odpovědi nám pomohou rozhodnout, zda a v jakém rozsahu je služba potřeba.',
    author: 'dacice-koordinator',
    seed: 1601,
    extra: [
      {
        id: 'potreba',
        kind: 'single',
        text: 'Potřebujete vy nebo někdo z vaší domácnosti pomoc s péčí o blízkého?',
        required: true,
        options: [
          { id: 'ano-ted', label: 'Ano, už teď' },
          { id: 'ano-brzy', label: 'Ano, v příštích dvou letech' },
          { id: 'ne', label: 'Ne' },
          { id: 'nevim', label: 'Nevím' },
        ],
      },
      {
        id: 'sluzby',
        kind: 'multiple',
        text: 'Které služby by vám pomohly?',
        help: 'Můžete vybrat více možností.',
        required: false,
        options: [
          { id: 'odlehceni', label: 'Odlehčovací služba (pobyt na pár dní)' },
          { id: 'stacionar', label: 'Denní stacionář' },
          { id: 'pecovatelska', label: 'Pečovatelská služba' },
          { id: 'asistence', label: 'Osobní asistence' },
        ],
      },
    ],
  },
  ckrumlov: {
    key: 'anketa-obyvatele',
    territory: 'cesky-krumlov',
    title: 'Anketa mezi obyvateli',
    purpose:
      'Anketní šetření mezi obyvateli ORP Český Krumlov pro nový komunitní plán: jak znáte a využíváte sociální služby a co vám chybí.',
    author: 'ck-koordinator',
    seed: 1602,
    extra: [
      {
        id: 'znalost',
        kind: 'single',
        text: 'Víte, kam se obrátit, když potřebujete sociální službu?',
        required: true,
        options: [
          { id: 'ano', label: 'Ano' },
          { id: 'castecne', label: 'Částečně' },
          { id: 'ne', label: 'Ne' },
        ],
      },
      {
        id: 'chybi',
        kind: 'multiple',
        text: 'Co ve vašem okolí chybí?',
        required: false,
        options: [
          { id: 'bydleni', label: 'Dostupné bydlení' },
          { id: 'doprava', label: 'Doprava k lékaři a na úřady' },
          { id: 'pece', label: 'Péče o seniory doma' },
          { id: 'deti', label: 'Volnočasové aktivity pro děti a mládež' },
          { id: 'poradenstvi', label: 'Odborné poradenství' },
        ],
      },
    ],
  },
};

function questions(seed: DemoSurveySeed): SurveyQuestion[] {
  return [
    { id: 'obec', kind: 'municipality', text: 'Ve které obci bydlíte?', required: true },
    { id: 'vek', kind: 'age-group', text: 'Kolik je vám let?', required: true },
    ...seed.extra,
    {
      id: 'dostupnost',
      kind: 'scale',
      text: 'Jak hodnotíte dostupnost sociálních služeb ve vaší obci? (1 = velmi špatně, 5 = velmi dobře)',
      required: true,
    },
    {
      id: 'osoby',
      kind: 'number',
      text: 'Kolik osob ve vaší domácnosti potřebuje pravidelnou pomoc?',
      required: false,
      min: 0,
      max: 10,
    },
    { id: 'skupina', kind: 'target-group', text: 'Koho se vaše potřeba týká?', required: false },
    { id: 'poznamka', kind: 'text', text: 'Chcete nám ještě něco sdělit?', required: false },
  ];
}

/** The demo survey of a demo ORP, or undefined for any other ORP. */
export function demoSurvey(orp: string): SurveyDoc | undefined {
  const seed = SEEDS[orp];
  if (!seed) return undefined;
  return {
    _id: surveyId(seed.key),
    type: 'survey',
    orp,
    title: seed.title,
    purpose: seed.purpose,
    audience: 'residents',
    opens: '2026-11-01',
    closes: '2029-12-31',
    status: 'published',
    questions: questions(seed),
    createdBy: seed.author,
    updatedAt: DEMO_PLAN_TIME,
  };
}

const TEXTS = [
  'Chybí nám služba o víkendech.',
  'Maminka potřebuje pomoc, ale nevíme, kam se obrátit.',
  'Autobus k lékaři jede jen dvakrát denně.',
  'Děkuji za možnost se vyjádřit.',
  'Uvítali bychom poradnu přímo v obci.',
];

function value(rng: Rng, q: SurveyQuestion, territory: string): AnswerValue | undefined {
  if (!q.required && rng.chance(0.3)) return undefined;
  switch (q.kind) {
    case 'single':
      return rng.pick(q.options ?? []).id;
    case 'multiple': {
      const chosen = (q.options ?? []).filter(() => rng.chance(0.4)).map((o) => o.id);
      return chosen.length > 0 ? chosen : undefined;
    }
    case 'scale':
      return rng.int(1, 5);
    case 'number':
      return rng.int(q.min ?? 0, Math.min(q.max ?? 3, 3));
    case 'text':
      return rng.chance(0.3) ? rng.pick(TEXTS) : undefined;
    case 'municipality':
      return rng.pick(municipalitiesOf(territory)).key;
    case 'age-group':
      return rng.pick(AGE_GROUPS.slice(5)).key;
    case 'target-group':
      return rng.pick(TARGET_GROUPS.slice(0, 8)).key;
  }
}

/** The demo survey's generated answers (public and interview channels, days before the demo time). */
export function demoSurveyAnswers(orp: string): SurveyAnswerDoc[] {
  const seed = SEEDS[orp];
  const survey = demoSurvey(orp);
  if (!seed || !survey) return [];
  const rng = createRng(seed.seed);
  const end = Date.parse(DEMO_PLAN_TIME);
  const docs: SurveyAnswerDoc[] = [];
  for (let i = 1; i <= DEMO_ANSWERS_PER_SURVEY; i++) {
    const answers: Record<string, AnswerValue> = {};
    for (const q of survey.questions) {
      const v = value(rng, q, seed.territory);
      if (v !== undefined) answers[q.id] = v;
    }
    const day = new Date(end - rng.int(0, 19) * 86_400_000).toISOString().slice(0, 10);
    docs.push({
      _id: answerId(seed.key, `${DEMO_ANSWER_PREFIX}${String(i).padStart(4, '0')}`),
      type: 'survey-answer',
      survey: seed.key,
      channel: rng.chance(0.15) ? 'interview' : 'public',
      answers,
      receivedOn: day,
    });
  }
  return docs;
}
