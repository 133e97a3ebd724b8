import { describe, expect, it } from 'vitest';
import {
  moved,
  newQuestion,
  newSurvey,
  publishedChangeReason,
  publishProblem,
  surveyProblem,
} from '$domain/surveys/survey-builder';
import type { SurveyDoc } from '$domain/surveys/survey.types';

const year = new Date().getFullYear();

function survey(): SurveyDoc {
  const doc = newSurvey('ck', 'abc123', 'koord', `${year}-03-01`);
  const q1 = newQuestion('single', []);
  const q2 = newQuestion('scale', [q1]);
  return {
    ...doc,
    title: 'Potřeby pečujících',
    closes: `${year}-03-31`,
    questions: [
      {
        ...q1,
        text: 'Pečujete?',
        options: [
          { id: 'o1', label: 'Ano' },
          { id: 'o2', label: 'Ne' },
        ],
      },
      { ...q2, text: 'Spokojenost' },
    ],
  };
}

describe('survey builder', () => {
  it('numbers new questions past every id ever used and moves them up and down', () => {
    expect(newQuestion('text', [{ id: 'q1' }, { id: 'q4' }] as never).id).toBe('q5');
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('says in both languages what stops a save or publishing', () => {
    expect(surveyProblem(survey())).toBeUndefined();
    expect(surveyProblem({ ...survey(), title: ' ' })?.cs).toBe('Vyplňte název ankety.');
    expect(surveyProblem({ ...survey(), closes: `${year}-02-01` })?.en).toMatch(
      /close on or after/,
    );
    expect(surveyProblem({ ...survey(), closes: `${year + 50}-01-01` })?.cs).toMatch(/platná data/);
    const oneOption = survey();
    oneOption.questions[0]!.options = [{ id: 'o1', label: 'Ano' }];
    expect(surveyProblem(oneOption)?.cs).toBe('Otázka 1 potřebuje aspoň dvě možnosti.');
    expect(publishProblem({ ...survey(), questions: [] })?.en).toBe('Add at least one question.');
  });

  it('once published allows rewording and appended options only', () => {
    const published = { ...survey(), status: 'published' as const };
    const reworded = structuredClone(published);
    reworded.questions[0]!.text = 'Staráte se o blízkého?';
    reworded.questions[0]!.options!.push({ id: 'o3', label: 'Občas' });
    expect(publishedChangeReason(published, reworded)).toBeUndefined();
    const reordered = { ...published, questions: [...published.questions].reverse() };
    expect(publishedChangeReason(published, reordered)?.cs).toMatch(/jen přeformulovat/);
    const dropped = structuredClone(published);
    dropped.questions[0]!.options!.pop();
    expect(publishedChangeReason(published, dropped)).toBeDefined();
    expect(publishedChangeReason({ ...published, status: 'draft' }, reordered)).toBeUndefined();
  });
});
