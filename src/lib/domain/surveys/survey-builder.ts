/**
 * The coordinator's survey builder as pure rules: new documents and questions, reordering, and
 * the checks a survey must pass to be saved or published, each with a reason in Czech and
 * English. Once published, answers refer to question and option ids, so only rewording and
 * appending options is allowed (`publishedChangeReason`); sync-server's validate_doc_update
 * enforces the same on the server.
 */
import { isDayInRange } from '../validation/checks';
import type { Reason } from '../validation/validation.types';
import {
  surveyId,
  type QuestionKind,
  type QuestionOption,
  type SurveyDoc,
  type SurveyQuestion,
} from './survey.types';

export const SURVEY_KEY_PATTERN = /^[a-z0-9]{6,20}$/;

/** A real calendar day within the years the shared validation accepts. */
export function isDay(value: string): boolean {
  return isDayInRange(value);
}

export function surveyKeyOf(doc: Pick<SurveyDoc, '_id'>): string {
  return doc._id.slice('survey:'.length);
}

export function newSurvey(orp: string, key: string, by: string, today: string): SurveyDoc {
  return {
    _id: surveyId(key),
    type: 'survey',
    orp,
    title: '',
    purpose: '',
    audience: 'residents',
    opens: today,
    closes: today,
    status: 'draft',
    questions: [],
    createdBy: by,
    updatedAt: new Date().toISOString(),
  };
}

/** The next free `q<n>`: ids are never reused, even of a question removed from a draft. */
function nextId(prefix: string, taken: readonly { id: string }[]): string {
  const numbers = taken.map((t) => Number(t.id.slice(prefix.length))).filter(Number.isFinite);
  return `${prefix}${Math.max(0, ...numbers) + 1}`;
}

export function newQuestion(
  kind: QuestionKind,
  questions: readonly SurveyQuestion[],
): SurveyQuestion {
  const question: SurveyQuestion = { id: nextId('q', questions), kind, text: '', required: false };
  if (kind === 'single' || kind === 'multiple') {
    question.options = [
      { id: 'o1', label: '' },
      { id: 'o2', label: '' },
    ];
  }
  if (kind === 'number') {
    question.min = 0;
    question.max = 100;
  }
  return question;
}

export function newOption(options: readonly QuestionOption[]): QuestionOption {
  return { id: nextId('o', options), label: '' };
}

/** The list with item `index` moved by `delta` (−1 up, +1 down); unchanged at either end. */
export function moved<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  const next = [...items];
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

const reason = (cs: string, en: string): Reason => ({ cs, en });

/** What stops the survey from being saved (a draft may still lack questions). */
export function surveyProblem(doc: SurveyDoc): Reason | undefined {
  if (!doc.title.trim()) return reason('Vyplňte název ankety.', 'Fill in the survey title.');
  if (!isDay(doc.opens) || !isDay(doc.closes)) {
    return reason(
      'Zadejte platná data otevření a uzavření (nejvýše několik let dopředu).',
      'Enter valid open and close dates (at most a few years ahead).',
    );
  }
  if (doc.opens > doc.closes) {
    return reason(
      'Anketa se musí uzavřít ve stejný den nebo později, než se otevře.',
      'The survey must close on or after the day it opens.',
    );
  }
  for (const [n, q] of doc.questions.entries()) {
    const at = n + 1;
    if (!q.text.trim()) {
      return reason(`Otázka ${at} nemá text.`, `Question ${at} has no text.`);
    }
    if (q.kind === 'single' || q.kind === 'multiple') {
      const options = q.options ?? [];
      if (options.length < 2) {
        return reason(
          `Otázka ${at} potřebuje aspoň dvě možnosti.`,
          `Question ${at} needs at least two options.`,
        );
      }
      if (options.some((o) => !o.label.trim())) {
        return reason(`Otázka ${at} má prázdnou možnost.`, `Question ${at} has an empty option.`);
      }
    }
    if (q.kind === 'number') {
      const { min, max } = q;
      if (!Number.isInteger(min) || !Number.isInteger(max) || min! > max!) {
        return reason(
          `Otázka ${at}: nejmenší číslo musí být celé a nejvýše rovné největšímu.`,
          `Question ${at}: the minimum must be a whole number no greater than the maximum.`,
        );
      }
    }
  }
  return undefined;
}

/** What stops a draft from being published: the save checks and at least one question. */
export function publishProblem(doc: SurveyDoc): Reason | undefined {
  if (doc.questions.length === 0) {
    return reason('Přidejte aspoň jednu otázku.', 'Add at least one question.');
  }
  return surveyProblem(doc);
}

/**
 * After publishing: questions may be reworded (text, help, required stays as it was) and
 * options reworded or appended; nothing removed, re-kinded, re-keyed or reordered, because the
 * answers already given refer to those ids.
 */
export function publishedChangeReason(old: SurveyDoc, next: SurveyDoc): Reason | undefined {
  if (old.status === 'draft') return undefined;
  const broken = reason(
    'Zveřejněná anketa už má odpovědi: otázky lze jen přeformulovat a možnosti jen doplnit.',
    'A published survey already has answers: questions can only be reworded and options only appended.',
  );
  if (next.questions.length !== old.questions.length) return broken;
  for (const [i, before] of old.questions.entries()) {
    const after = next.questions[i]!;
    if (after.id !== before.id || after.kind !== before.kind) return broken;
    if (after.required !== before.required) return broken;
    if (after.min !== before.min || after.max !== before.max) return broken;
    const was = before.options ?? [];
    const now = after.options ?? [];
    if (now.length < was.length || was.some((o, k) => now[k]?.id !== o.id)) return broken;
  }
  return undefined;
}
