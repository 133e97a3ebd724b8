/**
 * Surveys of need (ankety, průzkumy potřebnosti): a coordinator builds a survey for an ORP, the
 * public answers it anonymously, a field worker fills it for a client offline, a provider
 * answers the providers' survey. Definitions live in `orp-<orp>-surveys` (coordinators write,
 * sync-server serves published ones to anyone); answers live in `orp-<orp>-survey-answers`,
 * written only by sync-server and read only by the ORP's coordinators.
 */

export type SurveyAudience = 'residents' | 'users' | 'providers' | 'municipalities';
export const SURVEY_AUDIENCES: readonly SurveyAudience[] = [
  'residents',
  'users',
  'providers',
  'municipalities',
];

export type SurveyStatus = 'draft' | 'published' | 'closed';

export type QuestionKind =
  | 'single' // one choice of `options`
  | 'multiple' // several choices of `options`
  | 'scale' // 1–5
  | 'number' // a whole number within `min`–`max`
  | 'text' // a short free text (coordinators only ever see these)
  | 'municipality' // a municipality of the ORP's territory (`territory:municipality:<key>`)
  | 'age-group' // an age group of the catalogue's taxonomy (its key)
  | 'target-group'; // a target group of the catalogue's taxonomy (its key)

export const QUESTION_KINDS: readonly QuestionKind[] = [
  'single',
  'multiple',
  'scale',
  'number',
  'text',
  'municipality',
  'age-group',
  'target-group',
];

/** An option of a choice question. `id` never changes once the survey has been published. */
export interface QuestionOption {
  id: string;
  label: string;
}

export interface SurveyQuestion {
  /** Stable key (`q1`, `q2`…): answers refer to it, so it never changes once published. */
  id: string;
  kind: QuestionKind;
  text: string;
  help?: string;
  required: boolean;
  /** `single` and `multiple` only. */
  options?: QuestionOption[];
  /** `number` only. */
  min?: number;
  max?: number;
}

/** `survey:<key>` in `orp-<orp>-surveys`. */
export interface SurveyDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  type: 'survey';
  orp: string;
  title: string;
  purpose: string;
  audience: SurveyAudience;
  /** Inclusive calendar days, `YYYY-MM-DD`, in Europe/Prague. */
  opens: string;
  closes: string;
  status: SurveyStatus;
  /** In display order. Once published, questions and option ids may be reworded or appended,
   * never removed, re-kinded or re-keyed (checked by validate_doc_update against oldDoc). */
  questions: SurveyQuestion[];
  createdBy: string;
  updatedAt: string;
}

/** One answer value per question kind: option id(s), 1–5, a number, a text or a key. */
export type AnswerValue = string | string[] | number;

export type AnswerChannel = 'public' | 'interview' | 'provider';

/** What the app sends to `POST /api/surveys/<orp>/<survey>/answers` (and the outbox keeps). */
export interface SurveyAnswerInput {
  /** Random id made on the device: an answer re-sent after a lost reply is stored once. */
  clientId: string;
  /** The device token from `POST /api/surveys/token` (signed by sync-server). */
  deviceToken: string;
  channel: AnswerChannel;
  /** Question id → value; unanswered optional questions are left out. */
  answers: Record<string, AnswerValue>;
}

/** `answer:<survey key>:<clientId>` in `orp-<orp>-survey-answers`. No personal data. */
export interface SurveyAnswerDoc {
  _id: string;
  _rev?: string;
  type: 'survey-answer';
  survey: string;
  channel: AnswerChannel;
  answers: Record<string, AnswerValue>;
  /** Day only (`YYYY-MM-DD`): enough for "answers by week", too coarse to tell who. */
  receivedOn: string;
}

export const SURVEY_ID_PREFIX = 'survey:';
export const ANSWER_ID_PREFIX = 'answer:';

export function surveyId(key: string): string {
  return `${SURVEY_ID_PREFIX}${key}`;
}

export function answerId(surveyKey: string, clientId: string): string {
  return `${ANSWER_ID_PREFIX}${surveyKey}:${clientId}`;
}

export function surveysDbName(orp: string): string {
  return `orp-${orp}-surveys`;
}

export function surveyAnswersDbName(orp: string): string {
  return `orp-${orp}-survey-answers`;
}
