import type { SurveyDoc } from '../../../../../src/lib/domain/surveys/survey.types';
import type { AnswerContext } from '../../../../../src/lib/domain/surveys/survey-answer.validation';

/** A published survey with one question of every kind (q3 is the single choice). */
export function sampleSurvey(overrides: Partial<SurveyDoc> = {}): SurveyDoc {
  return {
    _id: 'survey:potrebnost-2026',
    type: 'survey',
    orp: 'dacice',
    title: 'Průzkum potřebnosti nové sociální služby',
    purpose: 'Zjistit, zda je v regionu potřeba odlehčovací služba.',
    audience: 'residents',
    opens: '2026-01-01',
    closes: '2026-12-31',
    status: 'published',
    createdBy: 'dacice-koordinator',
    updatedAt: '2026-01-01T08:00:00.000Z',
    questions: [
      { id: 'obec', kind: 'municipality', text: 'Kde bydlíte?', required: true },
      { id: 'vek', kind: 'age-group', text: 'Váš věk', required: false },
      {
        id: 'potreba',
        kind: 'single',
        text: 'Potřebujete službu?',
        required: true,
        options: [
          { id: 'ano', label: 'Ano' },
          { id: 'ne', label: 'Ne' },
        ],
      },
      {
        id: 'druhy',
        kind: 'multiple',
        text: 'Které služby?',
        required: false,
        options: [
          { id: 'pece', label: 'Pečovatelská' },
          { id: 'odlehceni', label: 'Odlehčovací' },
        ],
      },
      { id: 'spokojenost', kind: 'scale', text: 'Spokojenost', required: false },
      { id: 'pocet', kind: 'number', text: 'Kolik osob?', required: false, min: 0, max: 20 },
      { id: 'poznamka', kind: 'text', text: 'Poznámka', required: false },
      { id: 'skupina', kind: 'target-group', text: 'Pro koho?', required: false },
    ],
    ...overrides,
  };
}

export const CONTEXT: AnswerContext = {
  municipalities: ['dacice', 'studena'],
  ageGroups: ['senior', 'dospeli'],
  targetGroups: ['seniori', 'pecujici'],
};
