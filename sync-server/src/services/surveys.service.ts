import type { CouchClient } from '../couch/couch-client';
import {
  insertAnswer,
  listSurveyDocs,
  readAnswerContext,
  readSurvey,
} from '../couch/surveys.storage';
import { isOrpCode } from '../../../src/lib/domain/roles';
import {
  validateAnswerInput,
  type AnswerContext,
} from '../../../src/lib/domain/surveys/survey-answer.validation';
import {
  surveyKeyOf,
  SURVEY_KEY_PATTERN,
} from '../../../src/lib/domain/surveys/survey-schema.validation';
import {
  answerId,
  type SurveyAnswerDoc,
  type SurveyDoc,
} from '../../../src/lib/domain/surveys/survey.types';
import type { Reason } from '../../../src/lib/domain/validation/validation.types';

/** What anyone may see of an open survey in the ORP's list. */
export interface SurveySummary {
  key: string;
  title: string;
  purpose: string;
  audience: SurveyDoc['audience'];
  opens: string;
  closes: string;
}

/** The published definition as served to respondents: no author, no revision. */
export type PublicSurvey = Omit<SurveyDoc, '_rev' | 'createdBy' | '_deleted'> & { key: string };

export type SurveyLookup =
  | { state: 'open'; survey: SurveyDoc }
  | { state: 'missing' }
  | { state: 'not-yet'; opens: string }
  | { state: 'closed' };

/** Today in Europe/Prague (the survey's days are Czech calendar days). */
export function pragueDay(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Prague' }).format(now);
}

function lookupState(survey: SurveyDoc | undefined, today: string): SurveyLookup {
  if (!survey || survey._deleted || survey.status === 'draft') return { state: 'missing' };
  if (survey.status === 'closed' || today > survey.closes) return { state: 'closed' };
  if (today < survey.opens) return { state: 'not-yet', opens: survey.opens };
  return { state: 'open', survey };
}

export async function findSurvey(
  client: CouchClient,
  orp: string,
  key: string,
  now: Date = new Date(),
): Promise<SurveyLookup> {
  if (!isOrpCode(orp) || !SURVEY_KEY_PATTERN.test(key)) return { state: 'missing' };
  return lookupState(await readSurvey(client, orp, key), pragueDay(now));
}

export function publicSurvey(survey: SurveyDoc): PublicSurvey {
  const { _rev, createdBy, _deleted, ...rest } = survey;
  void _rev;
  void createdBy;
  void _deleted;
  return { ...rest, key: surveyKeyOf(survey._id) };
}

/** Published surveys open today, in order of closing (soonest first). */
export async function listOpenSurveys(
  client: CouchClient,
  orp: string,
  now: Date = new Date(),
): Promise<SurveySummary[]> {
  if (!isOrpCode(orp)) return [];
  const today = pragueDay(now);
  return (await listSurveyDocs(client, orp))
    .filter((survey) => lookupState(survey, today).state === 'open')
    .sort((a, b) => a.closes.localeCompare(b.closes))
    .map((survey) => ({
      key: surveyKeyOf(survey._id),
      title: survey.title,
      purpose: survey.purpose,
      audience: survey.audience,
      opens: survey.opens,
      closes: survey.closes,
    }));
}

// The catalogue's keys change rarely (editors); one read per ORP a minute is plenty.
const CONTEXT_TTL_MS = 60_000;
const contexts = new Map<string, { at: number; value: Promise<AnswerContext> }>();

function answerContext(client: CouchClient, orp: string): Promise<AnswerContext> {
  const cached = contexts.get(orp);
  if (cached && Date.now() - cached.at < CONTEXT_TTL_MS) return cached.value;
  const value = readAnswerContext(client, orp);
  value.catch(() => contexts.delete(orp));
  contexts.set(orp, { at: Date.now(), value });
  return value;
}

export type SubmitAnswerResult =
  | { ok: true; id: string; duplicate: boolean }
  | { ok: false; status: 400 | 404 | 410; reason: Reason; question?: string };

/**
 * Validates and stores one answer. What is stored is the survey, the channel, the answers and
 * the day: no address, no token, no time of day (privacy.md: answers hold no personal data).
 */
export async function submitAnswer(
  client: CouchClient,
  orp: string,
  key: string,
  input: unknown,
  now: Date = new Date(),
): Promise<SubmitAnswerResult> {
  const found = await findSurvey(client, orp, key, now);
  if (found.state === 'missing') return { ok: false, status: 404, reason: NOT_FOUND };
  if (found.state === 'closed') return { ok: false, status: 410, reason: CLOSED };
  if (found.state === 'not-yet') return { ok: false, status: 400, reason: notYet(found.opens) };
  const checked = validateAnswerInput(found.survey, input, await answerContext(client, orp));
  if (!checked.ok) {
    return {
      ok: false,
      status: 400,
      reason: checked.reason,
      ...(checked.question ? { question: checked.question } : {}),
    };
  }
  const doc: SurveyAnswerDoc = {
    _id: answerId(key, checked.value.clientId),
    type: 'survey-answer',
    survey: key,
    channel: checked.value.channel,
    answers: checked.value.answers,
    receivedOn: pragueDay(now),
  };
  const outcome = await insertAnswer(client, orp, doc);
  return { ok: true, id: doc._id, duplicate: outcome === 'duplicate' };
}

export const NOT_FOUND: Reason = {
  cs: 'Tuto anketu jsme nenašli; zkontrolujte odkaz.',
  en: 'We could not find this survey; check the link.',
};

export const CLOSED: Reason = {
  cs: 'Anketa už je uzavřená; odpovědi nepřijímá.',
  en: 'The survey is closed and no longer accepts answers.',
};

export function notYet(opens: string): Reason {
  return {
    cs: `Anketa se otevře ${opens}.`,
    en: `The survey opens on ${opens}.`,
  };
}
