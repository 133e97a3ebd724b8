/**
 * The shape of a survey definition (`survey:<key>` in `orp-<orp>-surveys`) and the rules for
 * changing one, shared by the coordinator's builder and the database's validate_doc_update.
 * Plain ES2017: it runs inside CouchDB.
 */
import {
  isDayInRange,
  isIsoDateTime,
  isNonEmptyString,
  isObject,
  oneOf,
} from '../validation/checks';
import { forbidden, ok, type AnyDoc, type ValidationResult } from '../validation/validation.types';
import {
  QUESTION_KINDS,
  SURVEY_AUDIENCES,
  SURVEY_ID_PREFIX,
  type SurveyStatus,
} from './survey.types';

export const SURVEY_LIMITS = {
  title: 200,
  purpose: 2000,
  questions: 60,
  questionText: 500,
  help: 1000,
  options: 30,
  optionLabel: 200,
  /** Characters of a free-text answer. */
  answerText: 1000,
  /** Request body of one answer, bytes. */
  bodyBytes: 64 * 1024,
} as const;

/** Survey keys (`survey:<key>`), question and option ids: short, URL- and id-safe. */
export const SURVEY_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;
export const QUESTION_ID_PATTERN = /^[a-z][a-z0-9-]{0,29}$/;
export const OPTION_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,29}$/;

const STATUSES: readonly SurveyStatus[] = ['draft', 'published', 'closed'];

const SURVEY_FIELDS = [
  '_id',
  '_rev',
  '_revisions',
  '_deleted',
  '_attachments',
  'type',
  'orp',
  'title',
  'purpose',
  'audience',
  'opens',
  'closes',
  'status',
  'questions',
  'createdBy',
  'updatedAt',
];

function refuse(cs: string, en: string): ValidationResult {
  return forbidden(cs, en);
}

/** The key of a survey id, or '' when the id is not `survey:<key>`. */
export function surveyKeyOf(id: string): string {
  if (id.indexOf(SURVEY_ID_PREFIX) !== 0) return '';
  const key = id.slice(SURVEY_ID_PREFIX.length);
  return SURVEY_KEY_PATTERN.test(key) ? key : '';
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
}

function checkQuestion(q: unknown, index: number, published: boolean): ValidationResult {
  const n = index + 1;
  if (!isObject(q)) return refuse(`Otázka ${n} není objekt.`, `Question ${n} is not an object.`);
  if (typeof q.id !== 'string' || !QUESTION_ID_PATTERN.test(q.id)) {
    return refuse(
      `Otázka ${n}: chybný klíč (malá písmena, číslice, pomlčky).`,
      `Question ${n}: malformed id (lowercase letters, digits, hyphens).`,
    );
  }
  if (!oneOf(q.kind, QUESTION_KINDS)) {
    return refuse(`Otázka ${n}: neznámý druh otázky.`, `Question ${n}: unknown kind.`);
  }
  if (typeof q.text !== 'string' || (published && !isNonEmptyString(q.text))) {
    return refuse(`Otázka ${n}: chybí znění.`, `Question ${n}: the text is missing.`);
  }
  if (q.text.length > SURVEY_LIMITS.questionText) {
    return refuse(
      `Otázka ${n}: znění je delší než ${SURVEY_LIMITS.questionText} znaků.`,
      `Question ${n}: the text is longer than ${SURVEY_LIMITS.questionText} characters.`,
    );
  }
  if (q.help !== undefined && (typeof q.help !== 'string' || q.help.length > SURVEY_LIMITS.help)) {
    return refuse(
      `Otázka ${n}: nápověda je příliš dlouhá.`,
      `Question ${n}: the help is too long.`,
    );
  }
  if (typeof q.required !== 'boolean') {
    return refuse(
      `Otázka ${n}: chybí údaj, zda je povinná.`,
      `Question ${n}: "required" must be true or false.`,
    );
  }
  const choice = q.kind === 'single' || q.kind === 'multiple';
  if (!choice && q.options !== undefined) {
    return refuse(
      `Otázka ${n}: možnosti patří jen k výběrovým otázkám.`,
      `Question ${n}: only choice questions have options.`,
    );
  }
  if (choice) {
    const options = q.options;
    if (!Array.isArray(options) || options.length > SURVEY_LIMITS.options) {
      return refuse(
        `Otázka ${n}: výběrová otázka potřebuje seznam nejvýše ${SURVEY_LIMITS.options} možností.`,
        `Question ${n}: a choice question needs a list of at most ${SURVEY_LIMITS.options} options.`,
      );
    }
    if (published && options.length < 2) {
      return refuse(
        `Otázka ${n}: zveřejněná výběrová otázka potřebuje aspoň dvě možnosti.`,
        `Question ${n}: a published choice question needs at least two options.`,
      );
    }
    const seen: string[] = [];
    for (const option of options) {
      if (
        !isObject(option) ||
        typeof option.id !== 'string' ||
        !OPTION_ID_PATTERN.test(option.id) ||
        typeof option.label !== 'string' ||
        option.label.length > SURVEY_LIMITS.optionLabel ||
        (published && !isNonEmptyString(option.label))
      ) {
        return refuse(
          `Otázka ${n}: každá možnost potřebuje klíč a popisek (nejvýše ${SURVEY_LIMITS.optionLabel} znaků).`,
          `Question ${n}: each option needs an id and a label (at most ${SURVEY_LIMITS.optionLabel} characters).`,
        );
      }
      if (seen.indexOf(option.id) !== -1) {
        return refuse(
          `Otázka ${n}: klíč možnosti „${option.id}“ se opakuje.`,
          `Question ${n}: option id "${option.id}" is repeated.`,
        );
      }
      seen.push(option.id);
    }
  }
  const hasRange = q.min !== undefined || q.max !== undefined;
  if (q.kind !== 'number' && hasRange) {
    return refuse(
      `Otázka ${n}: rozsah patří jen k číselné otázce.`,
      `Question ${n}: only number questions have a range.`,
    );
  }
  if (
    (q.min !== undefined && !isWhole(q.min)) ||
    (q.max !== undefined && !isWhole(q.max)) ||
    (isWhole(q.min) && isWhole(q.max) && q.min > q.max)
  ) {
    return refuse(
      `Otázka ${n}: rozsah musí být celá čísla, od nejvýše do.`,
      `Question ${n}: the range must be whole numbers with min ≤ max.`,
    );
  }
  return ok;
}

/** Checks one stored survey definition on its own (not against its previous revision). */
export function validateSurveyShape(doc: AnyDoc, orp: string): ValidationResult {
  for (const field in doc) {
    if (SURVEY_FIELDS.indexOf(field) === -1) {
      return refuse(`Neznámé pole ankety: ${field}.`, `Unknown survey field: ${field}.`);
    }
  }
  if (doc.type !== 'survey' || !surveyKeyOf(doc._id)) {
    return refuse(
      'Anketa musí mít typ „survey“ a id „survey:<klíč>“ (malá písmena, číslice, pomlčky).',
      'A survey needs type "survey" and an id "survey:<key>" (lowercase letters, digits, hyphens).',
    );
  }
  if (orp && doc.orp !== orp) {
    return refuse(
      `Anketa v této databázi patří ORP „${orp}“.`,
      `A survey in this database belongs to ORP "${orp}".`,
    );
  }
  if (!oneOf(doc.status, STATUSES)) {
    return refuse('Neznámý stav ankety.', 'Unknown survey status.');
  }
  const published = doc.status !== 'draft';
  if (
    typeof doc.title !== 'string' ||
    doc.title.length > SURVEY_LIMITS.title ||
    (published && !isNonEmptyString(doc.title))
  ) {
    return refuse(
      `Anketa potřebuje název (nejvýše ${SURVEY_LIMITS.title} znaků).`,
      `A survey needs a title (at most ${SURVEY_LIMITS.title} characters).`,
    );
  }
  if (typeof doc.purpose !== 'string' || doc.purpose.length > SURVEY_LIMITS.purpose) {
    return refuse(
      `Účel ankety je text nejvýše ${SURVEY_LIMITS.purpose} znaků.`,
      `The purpose is a text of at most ${SURVEY_LIMITS.purpose} characters.`,
    );
  }
  if (!oneOf(doc.audience, SURVEY_AUDIENCES)) {
    return refuse('Neznámé publikum ankety.', 'Unknown survey audience.');
  }
  if (!isDayInRange(doc.opens) || !isDayInRange(doc.closes) || doc.opens > doc.closes) {
    return refuse(
      'Anketa potřebuje platné datum otevření a uzavření (otevření nejpozději v den uzavření).',
      'A survey needs valid open and close dates (opening no later than closing).',
    );
  }
  if (!isNonEmptyString(doc.createdBy) || !isIsoDateTime(doc.updatedAt)) {
    return refuse(
      'Anketa potřebuje autora (createdBy) a čas úpravy (updatedAt).',
      'A survey needs createdBy and updatedAt.',
    );
  }
  const questions = doc.questions;
  if (!Array.isArray(questions) || questions.length > SURVEY_LIMITS.questions) {
    return refuse(
      `Otázky jsou seznam nejvýše ${SURVEY_LIMITS.questions} položek.`,
      `Questions are a list of at most ${SURVEY_LIMITS.questions} items.`,
    );
  }
  if (published && questions.length === 0) {
    return refuse(
      'Zveřejněná anketa potřebuje aspoň jednu otázku.',
      'A published survey needs at least one question.',
    );
  }
  const ids: string[] = [];
  for (let i = 0; i < questions.length; i++) {
    const result = checkQuestion(questions[i], i, published);
    if (!result.ok) return result;
    const id = (questions[i] as { id: string }).id;
    if (ids.indexOf(id) !== -1) {
      return refuse(`Klíč otázky „${id}“ se opakuje.`, `Question id "${id}" is repeated.`);
    }
    ids.push(id);
  }
  return ok;
}

/** Allowed status moves: draft → published → closed, closed → published (reopened). */
const MOVES: Readonly<Record<SurveyStatus, readonly SurveyStatus[]>> = {
  draft: ['draft', 'published'],
  published: ['published', 'closed'],
  closed: ['closed', 'published'],
};

interface StoredQuestion {
  id: string;
  kind: string;
  options?: { id: string }[];
}

/**
 * Once a survey left `draft`, answers refer to its question and option ids: questions may be
 * reworded, reordered, added and options appended, but none removed, re-kinded or re-keyed.
 */
export function validateSurveyChange(newDoc: AnyDoc, oldDoc: AnyDoc): ValidationResult {
  const from = oldDoc.status as SurveyStatus;
  const to = newDoc.status as SurveyStatus;
  const allowed = MOVES[from];
  if (allowed && allowed.indexOf(to) === -1) {
    return refuse(
      `Stav ankety nelze změnit z „${from}“ na „${to}“ (koncept → zveřejněná → uzavřená, uzavřenou lze znovu otevřít).`,
      `A survey's status cannot move from "${from}" to "${to}" (draft → published → closed; a closed one may be reopened).`,
    );
  }
  if (newDoc.createdBy !== oldDoc.createdBy) {
    return refuse('Autora ankety nelze změnit.', 'createdBy cannot change.');
  }
  if (from === 'draft') return ok;
  const next = newDoc.questions as StoredQuestion[];
  for (const old of (oldDoc.questions as StoredQuestion[] | undefined) ?? []) {
    let match: StoredQuestion | undefined;
    for (const q of next) if (q.id === old.id) match = q;
    if (!match) {
      return refuse(
        `Otázku „${old.id}“ nelze ze zveřejněné ankety odebrat ani změnit její klíč (odpovědi na ni odkazují).`,
        `Question "${old.id}" cannot be removed from a published survey or re-keyed (answers refer to it).`,
      );
    }
    if (match.kind !== old.kind) {
      return refuse(
        `Druh otázky „${old.id}“ nelze po zveřejnění změnit.`,
        `The kind of question "${old.id}" cannot change once published.`,
      );
    }
    const nextOptions = (match.options ?? []).map((o) => o.id);
    for (const option of old.options ?? []) {
      if (nextOptions.indexOf(option.id) === -1) {
        return refuse(
          `Možnost „${option.id}“ otázky „${old.id}“ nelze po zveřejnění odebrat ani změnit její klíč.`,
          `Option "${option.id}" of question "${old.id}" cannot be removed or re-keyed once published.`,
        );
      }
    }
  }
  return ok;
}
