/**
 * Shape rules for plan documents (plan.types.ts). Plain ES2017 TypeScript: bundled into
 * CouchDB's validate_doc_update, run in the browser before a save and by the plan import.
 */
import { isGroupCode, isOrpCode } from '../roles';
import {
  isIsoDate,
  isIsoDateTime,
  isNonEmptyString,
  isObject,
  isStringArray,
  oneOf,
} from '../validation/checks';
import {
  firstFailure,
  forbidden,
  ok,
  type AnyDoc,
  type ValidationResult,
} from '../validation/validation.types';
import {
  EVIDENCE_KINDS,
  MEASURE_STATUSES,
  MONITORING_STATUSES,
  PLAN_KEY_PATTERN,
  PLAN_NUMBER_PATTERN,
} from './plan.types';

/** Longest text accepted in one field (a long measure description is a few pages). */
const MAX_TEXT = 20000;
const TEXT_FIELDS: Record<string, string[]> = {
  plan: ['title', 'vision'],
  priority: ['title', 'description'],
  measure: ['title', 'description'],
  activity: ['title', 'description'],
};

type Check = () => ValidationResult;

const all = firstFailure;

function need(condition: boolean, cs: string, en: string): Check {
  return () => (condition ? ok : forbidden(cs, en));
}

export function isPlanYear(value: unknown): value is number {
  return typeof value === 'number' && Math.floor(value) === value && value >= 2000 && value <= 2100;
}

function isKey(value: unknown): value is string {
  return typeof value === 'string' && PLAN_KEY_PATTERN.test(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value);
}

function optional(value: unknown, check: (v: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

function refTo(prefix: string, value: unknown): boolean {
  return (
    typeof value === 'string' && value.indexOf(prefix) === 0 && isKey(value.slice(prefix.length))
  );
}

/** Year-keyed texts: year keys, known fields, strings; `title` present in some year. */
export function validateTexts(doc: AnyDoc): ValidationResult {
  const fields = TEXT_FIELDS[String(doc.type)] ?? [];
  if (!isObject(doc.texts)) {
    return forbidden('Chybí texty podle let (texts).', 'texts (wording by year) are missing.');
  }
  let titled = false;
  for (const year of Object.keys(doc.texts)) {
    const entry = doc.texts[year];
    if (!/^\d{4}$/.test(year) || !isPlanYear(Number(year)) || !isObject(entry)) {
      return forbidden(
        `Texty musí být podle let, např. {"2026": {"title": "…"}}; „${year}“ není rok.`,
        `texts must be keyed by year, e.g. {"2026": {"title": "…"}}; "${year}" is not a year.`,
      );
    }
    for (const field of Object.keys(entry)) {
      if (fields.indexOf(field) === -1 || !isText(entry[field])) {
        return forbidden(
          `Text „${field}“ roku ${year} nepatří k tomuto dokumentu nebo není text do ${MAX_TEXT} znaků.`,
          `Text "${field}" of ${year} is unknown here or not a string of at most ${MAX_TEXT} characters.`,
        );
      }
      if (field === 'title' && isNonEmptyString(entry[field])) titled = true;
    }
  }
  return titled ? ok : forbidden('Chybí název (title).', 'A title is missing.');
}

function validateAuthorship(doc: AnyDoc): ValidationResult {
  return all([
    need(
      isNonEmptyString(doc.createdBy) && isNonEmptyString(doc.updatedBy),
      'Dokument musí uvádět, kdo ho vytvořil a kdo ho naposledy změnil.',
      'A document must name who created it and who changed it last (createdBy, updatedBy).',
    ),
    need(
      isIsoDateTime(doc.createdAt) && isIsoDateTime(doc.updatedAt),
      'Dokument musí mít čas vytvoření a poslední změny.',
      'createdAt and updatedAt must be ISO date-times.',
    ),
  ]);
}

function shownNumber(doc: AnyDoc): Check {
  return need(
    typeof doc.number === 'string' && PLAN_NUMBER_PATTERN.test(doc.number),
    'Číslo musí mít tvar 1, 1.2 nebo 1.2.3.',
    'The number must look like 1, 1.2 or 1.2.3.',
  );
}

function idWithKey(doc: AnyDoc, prefix: string): Check {
  return need(
    refTo(prefix, doc._id),
    `Identifikátor musí mít tvar „${prefix}<kód>“ (bez dvojteček a mezer).`,
    `The id must look like "${prefix}<code>" (no colons or spaces).`,
  );
}

function validatePlan(doc: AnyDoc, orp: string): ValidationResult {
  return all([
    need(doc._id === 'plan', 'Plán má identifikátor „plan“.', 'The plan’s id is "plan".'),
    need(
      isOrpCode(String(doc.orp)) && (orp === '' || doc.orp === orp),
      'Plán musí uvádět kód ORP této databáze (orp).',
      'The plan must name this database’s ORP code (orp).',
    ),
    need(
      isPlanYear(doc.fromYear) && isPlanYear(doc.toYear) && doc.fromYear <= doc.toYear,
      'Období plánu musí být dva roky, od ≤ do (fromYear, toYear).',
      'The plan period must be two years with fromYear ≤ toYear.',
    ),
    need(
      optional(doc.projectNumber, isText),
      'Registrační číslo projektu musí být text.',
      'projectNumber must be text.',
    ),
  ]);
}

function validatePriority(doc: AnyDoc): ValidationResult {
  return all([
    idWithKey(doc, 'priority:'),
    shownNumber(doc),
    need(isFiniteNumber(doc.order), 'Pořadí musí být číslo.', 'order must be a number.'),
  ]);
}

function validateMeasure(doc: AnyDoc): ValidationResult {
  const proposed = doc.proposedBy !== undefined || doc.status === 'proposed';
  const decided = doc.status === 'approved' || doc.status === 'rejected';
  return all([
    idWithKey(doc, 'measure:'),
    shownNumber(doc),
    need(
      refTo('priority:', doc.priorityId),
      'Opatření musí patřit k prioritě (priorityId „priority:<kód>“).',
      'A measure must belong to a priority (priorityId "priority:<code>").',
    ),
    need(
      oneOf(doc.status, MEASURE_STATUSES),
      'Stav opatření musí být proposed, approved nebo rejected.',
      'A measure status must be proposed, approved or rejected.',
    ),
    need(
      !proposed ||
        (isNonEmptyString(doc.proposedBy) &&
          isIsoDateTime(doc.proposedAt) &&
          isGroupCode(String(doc.proposedByGroup))),
      'Návrh opatření musí uvádět, kdo, kdy a za kterou skupinu ho navrhl.',
      'A proposal must record who proposed it, when, and for which group.',
    ),
    need(
      !decided || (isNonEmptyString(doc.decidedBy) && isIsoDateTime(doc.decidedAt)),
      'Schválené nebo zamítnuté opatření musí uvádět, kdo a kdy rozhodl.',
      'An approved or rejected measure must record who decided and when.',
    ),
    need(
      optional(doc.decisionNote, isText),
      'Zdůvodnění rozhodnutí musí být text.',
      'decisionNote must be text.',
    ),
  ]);
}

function isIndicator(value: unknown): boolean {
  return (
    isObject(value) &&
    isKey(value.id) &&
    isNonEmptyString(value.name) &&
    typeof value.unit === 'string' &&
    isFiniteNumber(value.target)
  );
}

function uniqueIds(list: unknown[]): boolean {
  const seen: Record<string, boolean> = {};
  for (const item of list) {
    const id = String((item as { id: unknown }).id);
    if (seen[id]) return false;
    seen[id] = true;
  }
  return true;
}

function validateActivity(doc: AnyDoc): ValidationResult {
  const timeline = doc.timeline;
  return all([
    idWithKey(doc, 'activity:'),
    shownNumber(doc),
    need(
      refTo('measure:', doc.measureId),
      'Aktivita musí patřit k opatření (measureId „measure:<kód>“).',
      'An activity must belong to a measure (measureId "measure:<code>").',
    ),
    need(
      isGroupCode(String(doc.group)),
      'Aktivita musí mít pracovní skupinu, která ji vlastní (group).',
      'An activity needs its owning working group (group).',
    ),
    need(
      isText(doc.responsibleOrganisation),
      'Odpovědná organizace musí být text.',
      'responsibleOrganisation must be text.',
    ),
    need(
      isStringArray(doc.partners) &&
        isStringArray(doc.targetGroups) &&
        isStringArray(doc.serviceIds) &&
        isStringArray(doc.fundingSources),
      'Partneři, cílové skupiny, služby a zdroje financování musí být seznamy textů.',
      'partners, targetGroups, serviceIds and fundingSources must be lists of strings.',
    ),
    need(
      Array.isArray(doc.indicators) &&
        doc.indicators.every(isIndicator) &&
        uniqueIds(doc.indicators),
      'Každý indikátor potřebuje jedinečné id, název, jednotku a cílovou hodnotu (číslo).',
      'Each indicator needs a unique id, a name, a unit and a numeric target.',
    ),
    need(
      isObject(timeline) &&
        isPlanYear(timeline.fromYear) &&
        isPlanYear(timeline.toYear) &&
        timeline.fromYear <= timeline.toYear &&
        optional(timeline.note, isText),
      'Harmonogram musí mít rok od a do (od ≤ do).',
      'The timeline needs fromYear ≤ toYear.',
    ),
  ]);
}

function isEvidence(value: unknown): boolean {
  if (!isObject(value) || !oneOf(value.kind, EVIDENCE_KINDS) || !isNonEmptyString(value.label)) {
    return false;
  }
  if (value.kind === 'link')
    return typeof value.url === 'string' && /^https?:\/\/\S+$/.test(value.url);
  if (value.kind === 'decision') return isNonEmptyString(value.ref) && isNonEmptyString(value.db);
  if (value.kind === 'survey') {
    return (
      typeof value.ref === 'string' &&
      /^survey:[a-z0-9]+$/.test(value.ref) &&
      typeof value.db === 'string' &&
      /^orp-[a-z][a-z0-9]*-surveys$/.test(value.db)
    );
  }
  return true;
}

function isIndicatorValue(value: unknown): boolean {
  return (
    isObject(value) &&
    isKey(value.indicatorId) &&
    isFiniteNumber(value.value) &&
    optional(value.note, isText)
  );
}

/** Common to monitoring and action-plan items: id ↔ activity and year, group, approval. */
function validateYearly(doc: AnyDoc, prefix: string): ValidationResult {
  const match = new RegExp(`^${prefix}:(\\d{4}):(.+)$`).exec(doc._id);
  const code = match ? match[2] : '';
  return all([
    need(
      match !== null && isKey(code) && isPlanYear(Number(match[1])),
      `Identifikátor musí mít tvar „${prefix}:<rok>:<kód aktivity>“.`,
      `The id must look like "${prefix}:<year>:<activity code>".`,
    ),
    need(
      match !== null && doc.year === Number(match[1]) && doc.activityId === `activity:${code}`,
      'Rok a aktivita (year, activityId) musí odpovídat identifikátoru.',
      'year and activityId must match the id.',
    ),
    need(
      isGroupCode(String(doc.group)),
      'Chybí pracovní skupina aktivity (group).',
      'The activity’s working group (group) is missing.',
    ),
    need(
      typeof doc.approved === 'boolean',
      'Chybí příznak schválení.',
      'approved must be true or false.',
    ),
    need(
      !doc.approved || (isNonEmptyString(doc.approvedBy) && isIsoDateTime(doc.approvedAt)),
      'Schválený dokument musí uvádět, kdo a kdy ho schválil.',
      'An approved document must record who approved it and when.',
    ),
  ]);
}

function validateMonitoring(doc: AnyDoc): ValidationResult {
  return all([
    () => validateYearly(doc, 'monitoring'),
    need(
      optional(doc.status, (v) => oneOf(v, MONITORING_STATUSES)) &&
        (!doc.approved || doc.status !== undefined),
      `Stav plnění musí být jeden z: ${MONITORING_STATUSES.join(', ')}; schválený monitoring ho musí mít.`,
      `status must be one of ${MONITORING_STATUSES.join(', ')}; approved monitoring needs one.`,
    ),
    need(isText(doc.comment), 'Komentář musí být text.', 'comment must be text.'),
    need(
      Array.isArray(doc.indicatorValues) && doc.indicatorValues.every(isIndicatorValue),
      'Dosažené hodnoty indikátorů potřebují indicatorId a číselnou hodnotu.',
      'Each indicator value needs an indicatorId and a numeric value.',
    ),
    need(
      Array.isArray(doc.evidence) && doc.evidence.every(isEvidence),
      'Každý doklad potřebuje druh a popis; odkaz adresu http(s), usnesení odkaz na zápis, anketa svou anketu.',
      'Each piece of evidence needs a kind and a label; a link an http(s) url, a decision ref and db, a survey its survey id and surveys database.',
    ),
  ]);
}

function validateActionPlanItem(doc: AnyDoc): ValidationResult {
  const budget = doc.budget;
  return all([
    () => validateYearly(doc, 'action'),
    need(
      isStringArray(doc.steps),
      'Kroky musí být seznam textů.',
      'steps must be a list of strings.',
    ),
    need(
      budget === undefined ||
        (isObject(budget) &&
          typeof budget.amount === 'number' &&
          budget.amount >= 0 &&
          Math.floor(budget.amount) === budget.amount &&
          typeof budget.fundingSource === 'string'),
      'Rozpočet musí být celé nezáporné číslo v Kč se zdrojem financování.',
      'The budget must be a whole non-negative amount in CZK with a funding source.',
    ),
    need(isText(doc.responsible), 'Odpovědnost musí být text.', 'responsible must be text.'),
    need(
      optional(doc.deadline, isIsoDate),
      'Termín musí mít tvar RRRR-MM-DD.',
      'The deadline must look like YYYY-MM-DD.',
    ),
    // Two action plans prepared in one round (Dačice: 2024 and 2025) are easily mixed up: a
    // step of the later plan cannot be due before that plan's year begins.
    need(
      doc.deadline === undefined || Number(String(doc.deadline).slice(0, 4)) >= Number(doc.year),
      `Termín nemůže být dřív než rok akčního plánu (${String(doc.year)}).`,
      `The deadline cannot be before the action plan's year (${String(doc.year)}).`,
    ),
  ]);
}

/**
 * The shape of one plan document. `orp` is the database's ORP ('' when unknown: then the
 * plan document's own `orp` is only checked for form).
 */
export function validatePlanDocShape(doc: AnyDoc, orp: string): ValidationResult {
  if (doc._deleted) return ok;
  const authorship = validateAuthorship(doc);
  if (!authorship.ok) return authorship;
  switch (doc.type) {
    case 'plan':
      return all([() => validatePlan(doc, orp), () => validateTexts(doc)]);
    case 'priority':
      return all([() => validatePriority(doc), () => validateTexts(doc)]);
    case 'measure':
      return all([() => validateMeasure(doc), () => validateTexts(doc)]);
    case 'activity':
      return all([() => validateActivity(doc), () => validateTexts(doc)]);
    case 'monitoring':
      return validateMonitoring(doc);
    case 'action-plan-item':
      return validateActionPlanItem(doc);
    default:
      return forbidden(
        `Neznámý typ dokumentu plánu „${String(doc.type)}“.`,
        `Unknown plan document type "${String(doc.type)}".`,
      );
  }
}
