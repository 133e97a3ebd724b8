/**
 * Who may write what in the survey databases (validate_doc_update of both; the builder checks
 * a save with the same function first). Reading is `_security`: coordinators and admins.
 *
 *  - `orp-<orp>-surveys`: only the ORP's coordinators and admins write; every revision must
 *    have the survey's shape (survey-schema.validation.ts); status and questions change only as
 *    `validateSurveyChange` allows; only drafts may be deleted (answers refer to the rest).
 *  - `orp-<orp>-survey-answers`: only server admins write, i.e. sync-server's
 *    `POST /api/surveys/<orp>/<key>/answers`; what is stored holds no IP, token or time of day.
 */
import { coordinatorRole, isAdmin, isCoordinatorOf } from '../roles';
import { isIsoDate, isObject, oneOf } from '../validation/checks';
import {
  designDocVerdict,
  forbidden,
  ok,
  unauthorized,
  type AnyDoc,
  type UserCtx,
  type ValidationResult,
} from '../validation/validation.types';
import { parseSurveyDbName } from './survey-databases';
import {
  surveyKeyOf,
  SURVEY_KEY_PATTERN,
  validateSurveyChange,
  validateSurveyShape,
} from './survey-schema.validation';
import { ANSWER_ID_PREFIX, type AnswerChannel } from './survey.types';

const CHANNELS: readonly AnswerChannel[] = ['public', 'interview', 'provider'];
const ANSWER_FIELDS = [
  '_id',
  '_rev',
  '_revisions',
  '_deleted',
  'type',
  'survey',
  'channel',
  'answers',
  'receivedOn',
];

function live(doc: AnyDoc | null): AnyDoc | null {
  return doc && !doc._deleted ? doc : null;
}

/** A survey definition write in `orp-<orp>-surveys`. */
export function validateSurveyUpdate(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  orp: string,
): ValidationResult {
  const design = designDocVerdict(newDoc, userCtx);
  if (design) return design;
  if (!isCoordinatorOf(userCtx.roles, orp)) {
    if (!userCtx.name) {
      return unauthorized('Pro úpravy anket se přihlaste.', 'Sign in to edit surveys.');
    }
    return forbidden(
      `Ankety upravuje jen koordinátor ORP (${coordinatorRole(orp)}).`,
      'Only the ORP coordinator edits surveys.',
    );
  }
  const old = live(oldDoc);
  if (newDoc._deleted) {
    if (old && old.status !== 'draft' && !isAdmin(userCtx.roles)) {
      return forbidden(
        'Smazat lze jen koncept; zveřejněnou anketu uzavřete.',
        'Only a draft can be deleted; close a published survey instead.',
      );
    }
    return ok;
  }
  const shape = validateSurveyShape(newDoc, orp);
  if (!shape.ok) return shape;
  if (!old) {
    if (newDoc.status === 'closed') {
      return forbidden(
        'Nová anketa je koncept nebo zveřejněná.',
        'A new survey is a draft or published.',
      );
    }
    if (!isAdmin(userCtx.roles) && newDoc.createdBy !== userCtx.name) {
      return forbidden(
        'Autor ankety (createdBy) musí být přihlášený koordinátor.',
        'createdBy must be the signed-in coordinator.',
      );
    }
    return ok;
  }
  return validateSurveyChange(newDoc, old);
}

/** An answer write in `orp-<orp>-survey-answers`: sync-server only, fixed fields. */
export function validateSurveyAnswerUpdate(newDoc: AnyDoc, userCtx: UserCtx): ValidationResult {
  const design = designDocVerdict(newDoc, userCtx);
  if (design) return design;
  if (!isAdmin(userCtx.roles)) {
    return userCtx.name
      ? forbidden(
          'Odpovědi zapisuje jen server (odešlete je formulářem ankety).',
          'Only the server writes answers (send them through the survey form).',
        )
      : unauthorized(
          'Odpovědi zapisuje jen server (odešlete je formulářem ankety).',
          'Only the server writes answers (send them through the survey form).',
        );
  }
  if (newDoc._deleted) return ok;
  for (const field in newDoc) {
    if (ANSWER_FIELDS.indexOf(field) === -1) {
      return forbidden(`Neznámé pole odpovědi: ${field}.`, `Unknown answer field: ${field}.`);
    }
  }
  const survey = newDoc.survey;
  if (
    newDoc.type !== 'survey-answer' ||
    typeof survey !== 'string' ||
    !SURVEY_KEY_PATTERN.test(survey) ||
    newDoc._id.indexOf(`${ANSWER_ID_PREFIX}${survey}:`) !== 0 ||
    !oneOf(newDoc.channel, CHANNELS) ||
    !isObject(newDoc.answers) ||
    !isIsoDate(newDoc.receivedOn)
  ) {
    return forbidden(
      'Odpověď musí mít typ, anketu, kanál, odpovědi a den přijetí.',
      'An answer needs type, survey, channel, answers and the day received.',
    );
  }
  return ok;
}

/** Both survey databases; `db` is the database's name baked in by sync-server. */
export function validateSurveysDbUpdate(
  newDoc: AnyDoc,
  oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  db: string | undefined,
): ValidationResult {
  const parsed = parseSurveyDbName(db ?? userCtx.db);
  if (!parsed) {
    return forbidden('Neznámá databáze anket.', 'Unknown survey database.');
  }
  return parsed.kind === 'surveys'
    ? validateSurveyUpdate(newDoc, oldDoc, userCtx, parsed.orp)
    : validateSurveyAnswerUpdate(newDoc, userCtx);
}

export { surveyKeyOf };
