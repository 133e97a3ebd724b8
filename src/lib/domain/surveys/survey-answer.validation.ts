/**
 * One answer to a survey, checked the same way on the phone (per question, before sending or
 * queueing) and by sync-server (`POST /api/surveys/<orp>/<key>/answers`). Every refusal names
 * the question by its number as the respondent sees it, in Czech and English.
 */
import { isObject, oneOf } from '../validation/checks';
import type { Reason } from '../validation/validation.types';
import { SURVEY_LIMITS } from './survey-schema.validation';
import type {
  AnswerChannel,
  AnswerValue,
  SurveyAnswerInput,
  SurveyDoc,
  SurveyQuestion,
} from './survey.types';

/** The keys an answer may name: the ORP's municipalities and the catalogue's taxonomies. */
export interface AnswerContext {
  municipalities: readonly string[];
  ageGroups: readonly string[];
  targetGroups: readonly string[];
}

export type AnswerInputResult =
  { ok: true; value: SurveyAnswerInput } | { ok: false; reason: Reason; question?: string };

const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;
const CHANNELS: readonly AnswerChannel[] = ['public', 'interview', 'provider'];
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

function reason(cs: string, en: string): Reason {
  return { cs, en };
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

function oneKey(
  n: number,
  value: unknown,
  keys: readonly string[],
  cs: string,
  en: string,
): Reason | undefined {
  return typeof value === 'string' && keys.indexOf(value) !== -1
    ? undefined
    : reason(`Otázka ${n}: ${cs}`, `Question ${n}: ${en}`);
}

/**
 * The reason a value does not answer question `q` (number `n`), or undefined when it does.
 * An empty value is fine for an optional question and refused for a required one.
 */
export function checkAnswerValue(
  q: SurveyQuestion,
  n: number,
  value: unknown,
  context: AnswerContext,
): Reason | undefined {
  if (isEmpty(value)) {
    return q.required
      ? reason(`Otázka ${n}: odpověď je povinná.`, `Question ${n}: an answer is required.`)
      : undefined;
  }
  const optionIds = (q.options ?? []).map((o) => o.id);
  switch (q.kind) {
    case 'single':
      if (Array.isArray(value)) {
        return value.length > 1
          ? reason(
              `Otázka ${n}: vyberte nejvýše jednu možnost.`,
              `Question ${n}: choose at most one option.`,
            )
          : checkAnswerValue(q, n, value[0], context);
      }
      return oneKey(
        n,
        value,
        optionIds,
        'vyberte jednu z nabízených možností.',
        'choose one of the options offered.',
      );
    case 'multiple': {
      if (!Array.isArray(value)) {
        return reason(
          `Otázka ${n}: čekáme seznam možností.`,
          `Question ${n}: a list of options is expected.`,
        );
      }
      const seen: string[] = [];
      for (const item of value) {
        if (
          typeof item !== 'string' ||
          optionIds.indexOf(item) === -1 ||
          seen.indexOf(item) !== -1
        ) {
          return reason(
            `Otázka ${n}: vyberte jen z nabízených možností, každou jednou.`,
            `Question ${n}: choose only among the options offered, each once.`,
          );
        }
        seen.push(item);
      }
      return undefined;
    }
    case 'scale':
      return typeof value === 'number' &&
        Math.floor(value) === value &&
        value >= SCALE_MIN &&
        value <= SCALE_MAX
        ? undefined
        : reason(
            `Otázka ${n}: zvolte hodnotu od ${SCALE_MIN} do ${SCALE_MAX}.`,
            `Question ${n}: choose a value from ${SCALE_MIN} to ${SCALE_MAX}.`,
          );
    case 'number': {
      if (typeof value !== 'number' || !isFinite(value) || Math.floor(value) !== value) {
        return reason(`Otázka ${n}: zadejte celé číslo.`, `Question ${n}: enter a whole number.`);
      }
      const min = q.min ?? -1_000_000_000;
      const max = q.max ?? 1_000_000_000;
      return value < min || value > max
        ? reason(
            `Otázka ${n}: zadejte číslo od ${min} do ${max}.`,
            `Question ${n}: enter a number from ${min} to ${max}.`,
          )
        : undefined;
    }
    case 'text':
      if (typeof value !== 'string') {
        return reason(`Otázka ${n}: odpovězte textem.`, `Question ${n}: answer with a text.`);
      }
      return value.length > SURVEY_LIMITS.answerText
        ? reason(
            `Otázka ${n}: text je delší než ${SURVEY_LIMITS.answerText} znaků (má ${value.length}).`,
            `Question ${n}: the text is longer than ${SURVEY_LIMITS.answerText} characters (${value.length}).`,
          )
        : undefined;
    case 'municipality':
      return oneKey(
        n,
        value,
        context.municipalities,
        'vyberte obec ze seznamu obcí ORP.',
        "choose a municipality from the ORP's list.",
      );
    case 'age-group':
      return oneKey(
        n,
        value,
        context.ageGroups,
        'vyberte věkovou skupinu ze seznamu.',
        'choose an age group from the list.',
      );
    case 'target-group':
      return oneKey(
        n,
        value,
        context.targetGroups,
        'vyberte cílovou skupinu ze seznamu.',
        'choose a target group from the list.',
      );
  }
  return reason(`Otázka ${n}: neznámý druh otázky.`, `Question ${n}: unknown kind of question.`);
}

/** Every question's problem at once (the form shows each next to its question). */
export function answerErrors(
  survey: Pick<SurveyDoc, 'questions'>,
  answers: Record<string, unknown>,
  context: AnswerContext,
): Record<string, Reason> {
  const errors: Record<string, Reason> = {};
  survey.questions.forEach((q, index) => {
    const problem = checkAnswerValue(q, index + 1, answers[q.id], context);
    if (problem) errors[q.id] = problem;
  });
  return errors;
}

/** Trims texts and drops empty optional answers: what is stored and counted. */
function normalised(
  survey: SurveyDoc,
  answers: Record<string, unknown>,
): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const q of survey.questions) {
    let value = answers[q.id];
    if (typeof value === 'string') value = value.trim();
    if (q.kind === 'single' && Array.isArray(value)) value = value[0];
    if (isEmpty(value)) continue;
    out[q.id] = value as AnswerValue;
  }
  return out;
}

/**
 * Checks what a device sent for `survey`: the envelope (client id, token present, channel),
 * no unknown question ids, then each question in order. Returns the normalised input.
 */
export function validateAnswerInput(
  survey: SurveyDoc,
  input: unknown,
  context: AnswerContext,
): AnswerInputResult {
  if (!isObject(input)) {
    return {
      ok: false,
      reason: reason('Odpověď musí být objekt JSON.', 'An answer must be a JSON object.'),
    };
  }
  const { clientId, deviceToken, channel, answers } = input;
  if (typeof clientId !== 'string' || !CLIENT_ID.test(clientId)) {
    return {
      ok: false,
      reason: reason('Chybí identifikátor odpovědi.', 'The answer id is missing or malformed.'),
    };
  }
  if (typeof deviceToken !== 'string' || deviceToken.length === 0 || deviceToken.length > 500) {
    return {
      ok: false,
      reason: reason(
        'Chybí token zařízení; načtěte anketu znovu.',
        'The device token is missing; reload the survey.',
      ),
    };
  }
  if (!oneOf(channel, CHANNELS) || (channel === 'provider' && survey.audience !== 'providers')) {
    return { ok: false, reason: reason('Neznámý způsob vyplnění.', 'Unknown answering channel.') };
  }
  if (!isObject(answers)) {
    return { ok: false, reason: reason('Chybí odpovědi.', 'The answers are missing.') };
  }
  const known = survey.questions.map((q) => q.id);
  for (const id in answers) {
    if (known.indexOf(id) === -1) {
      return {
        ok: false,
        reason: reason(
          `Anketa nemá otázku „${id}“; načtěte ji znovu.`,
          `The survey has no question "${id}"; reload it.`,
        ),
        question: id,
      };
    }
  }
  for (let i = 0; i < survey.questions.length; i++) {
    const q = survey.questions[i] as SurveyQuestion;
    let value: unknown = answers[q.id];
    if (typeof value === 'string') value = value.trim();
    const problem = checkAnswerValue(q, i + 1, value, context);
    if (problem) return { ok: false, reason: problem, question: q.id };
  }
  return {
    ok: true,
    value: { clientId, deviceToken, channel, answers: normalised(survey, answers) },
  };
}
