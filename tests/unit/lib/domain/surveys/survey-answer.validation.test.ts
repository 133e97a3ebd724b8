import { describe, expect, it } from 'vitest';
import {
  answerErrors,
  validateAnswerInput,
} from '../../../../../src/lib/domain/surveys/survey-answer.validation';
import { CONTEXT, sampleSurvey } from './survey-fixtures';

const base = { obec: 'dacice', potreba: 'ano' };

function input(answers: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { clientId: 'client-0001', deviceToken: 'token', channel: 'public', answers, ...extra };
}

describe('validateAnswerInput', () => {
  it('accepts a complete answer, trims texts and drops empty optional answers', () => {
    const result = validateAnswerInput(
      sampleSurvey(),
      input({ ...base, poznamka: '  díky  ', vek: '', druhy: [] }),
      CONTEXT,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        clientId: 'client-0001',
        deviceToken: 'token',
        channel: 'public',
        answers: { obec: 'dacice', potreba: 'ano', poznamka: 'díky' },
      },
    });
  });

  // prettier-ignore
  const rows: [string, Record<string, unknown>, string, string | undefined][] = [
    ['a required question left out', { potreba: 'ano' }, 'Otázka 1: odpověď je povinná.', 'obec'],
    ['a required text of spaces', { obec: 'dacice', potreba: '   ' }, 'Otázka 3: odpověď je povinná.', 'potreba'],
    ['two options for a single choice', { ...base, potreba: ['ano', 'ne'] }, 'Otázka 3: vyberte nejvýše jednu možnost.', 'potreba'],
    ['an unknown option id', { ...base, potreba: 'mozna' }, 'Otázka 3: vyberte jednu z nabízených možností.', 'potreba'],
    ['an unknown option in several choices', { ...base, druhy: ['pece', 'x'] }, 'Otázka 4: vyberte jen z nabízených možností, každou jednou.', 'druhy'],
    ['a repeated option in several choices', { ...base, druhy: ['pece', 'pece'] }, 'Otázka 4: vyberte jen z nabízených možností, každou jednou.', 'druhy'],
    ['several choices not a list', { ...base, druhy: 'pece' }, 'Otázka 4: čekáme seznam možností.', 'druhy'],
    ['scale 6', { ...base, spokojenost: 6 }, 'Otázka 5: zvolte hodnotu od 1 do 5.', 'spokojenost'],
    ['scale 0', { ...base, spokojenost: 0 }, 'Otázka 5: zvolte hodnotu od 1 do 5.', 'spokojenost'],
    ['scale 2.5', { ...base, spokojenost: 2.5 }, 'Otázka 5: zvolte hodnotu od 1 do 5.', 'spokojenost'],
    ['number above max', { ...base, pocet: 21 }, 'Otázka 6: zadejte číslo od 0 do 20.', 'pocet'],
    ['number below min', { ...base, pocet: -1 }, 'Otázka 6: zadejte číslo od 0 do 20.', 'pocet'],
    ['number as text', { ...base, pocet: '3' }, 'Otázka 6: zadejte celé číslo.', 'pocet'],
    ['text over 1000 characters', { ...base, poznamka: 'a'.repeat(1001) }, 'Otázka 7: text je delší než 1000 znaků (má 1001).', 'poznamka'],
    ['a municipality of another ORP', { ...base, obec: 'cesky-krumlov' }, 'Otázka 1: vyberte obec ze seznamu obcí ORP.', 'obec'],
    ['an unknown age group', { ...base, vek: 'batole' }, 'Otázka 2: vyberte věkovou skupinu ze seznamu.', 'vek'],
    ['an unknown target group', { ...base, skupina: 'nikdo' }, 'Otázka 8: vyberte cílovou skupinu ze seznamu.', 'skupina'],
    ['an unknown question id', { ...base, q99: 'x' }, 'Anketa nemá otázku „q99“; načtěte ji znovu.', 'q99'],
  ];

  it.each(rows)('refuses %s with a reason naming the question', (_name, answers, cs, question) => {
    const result = validateAnswerInput(sampleSurvey(), input(answers), CONTEXT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.cs).toBe(cs);
    expect(result.reason.en).toMatch(/\S/);
    expect(result.question).toBe(question);
  });

  // prettier-ignore
  const envelopes: [string, unknown, string][] = [
    ['not an object', 'hello', 'Odpověď musí být objekt JSON.'],
    ['a short client id', input(base, { clientId: 'x' }), 'Chybí identifikátor odpovědi.'],
    ['no device token', input(base, { deviceToken: '' }), 'Chybí token zařízení; načtěte anketu znovu.'],
    ['an unknown channel', input(base, { channel: 'mail' }), 'Neznámý způsob vyplnění.'],
    ['the provider channel on a residents survey', input(base, { channel: 'provider' }), 'Neznámý způsob vyplnění.'],
    ['answers not an object', input(base, { answers: [] }), 'Chybí odpovědi.'],
  ];

  it.each(envelopes)('refuses %s', (_name, body, cs) => {
    const result = validateAnswerInput(sampleSurvey(), body, CONTEXT);
    expect(result.ok ? '' : result.reason.cs).toBe(cs);
  });

  it('accepts the provider channel on a providers survey and the interview channel anywhere', () => {
    const providers = sampleSurvey({ audience: 'providers' });
    expect(validateAnswerInput(providers, input(base, { channel: 'provider' }), CONTEXT).ok).toBe(
      true,
    );
    expect(
      validateAnswerInput(sampleSurvey(), input(base, { channel: 'interview' }), CONTEXT).ok,
    ).toBe(true);
  });
});

describe('answerErrors', () => {
  it('lists every question with a problem, keyed by question id', () => {
    const errors = answerErrors(sampleSurvey(), { spokojenost: 9 }, CONTEXT);
    expect(Object.keys(errors)).toEqual(['obec', 'potreba', 'spokojenost']);
    expect(errors.spokojenost?.en).toBe('Question 5: choose a value from 1 to 5.');
  });
});
