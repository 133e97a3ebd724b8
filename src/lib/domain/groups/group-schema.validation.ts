/**
 * Shape rules for working-group documents (group.types.ts). Plain ES2017 TypeScript: it is
 * bundled into CouchDB's validate_doc_update and runs in the browser before a save.
 */
import {
  EARLIEST_YEAR,
  isDayInRange,
  isIsoDate,
  isIsoDateTime,
  isNonEmptyString,
  latestYear,
  oneOf,
} from '../validation/checks';
import { forbidden, ok, type AnyDoc, type ValidationResult } from '../validation/validation.types';
import { isActivityRef, KEY_PATTERN } from './group.types';

const MEETING_STATUSES = ['draft', 'approved'];
const TASK_STATUSES = ['open', 'in-progress', 'done', 'cancelled'];
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** User names (CouchDB forbids ':' in them) and guest slugs. */
const PERSON_PATTERN = /^[^:\s/]+$/;

function isKey(value: unknown): value is string {
  return typeof value === 'string' && KEY_PATTERN.test(value);
}

function isPositiveInt(value: unknown): value is number {
  return typeof value === 'number' && value >= 1 && Math.floor(value) === value;
}

function optional(value: unknown, check: (v: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

function isString(value: unknown): boolean {
  return typeof value === 'string';
}

function badId(cs: string, en: string): ValidationResult {
  return forbidden(`Identifikátor musí mít tvar ${cs}.`, `The id must look like ${en}.`);
}

function dayOutOfRange(cs: string, en: string): ValidationResult {
  const last = latestYear();
  return forbidden(
    `${cs} musí být skutečný den mezi 1. 1. ${EARLIEST_YEAR} a 31. 12. ${last}.`,
    `${en} must be a real day between 1 Jan ${EARLIEST_YEAR} and 31 Dec ${last}.`,
  );
}

function validateAuthorship(doc: AnyDoc): ValidationResult {
  if (!isNonEmptyString(doc.createdBy) || !isNonEmptyString(doc.updatedBy)) {
    return forbidden(
      'Dokument musí uvádět, kdo ho vytvořil a kdo ho naposledy změnil.',
      'A document must name who created it and who changed it last (createdBy, updatedBy).',
    );
  }
  if (!isIsoDateTime(doc.createdAt) || !isIsoDateTime(doc.updatedAt)) {
    return forbidden(
      'Dokument musí mít čas vytvoření a poslední změny.',
      'createdAt and updatedAt must be ISO date-times.',
    );
  }
  return ok;
}

function validateMeeting(doc: AnyDoc): ValidationResult {
  const key = doc._id.slice('meeting:'.length);
  if (!isKey(key)) return badId('„meeting:<klíč>“', '"meeting:<key>"');
  if (!isNonEmptyString(doc.title)) {
    return forbidden('Schůzka musí mít název.', 'A meeting needs a title.');
  }
  if (!isIsoDate(doc.date)) {
    return forbidden(
      'Schůzka musí mít datum (RRRR-MM-DD).',
      'A meeting needs a date (YYYY-MM-DD).',
    );
  }
  if (!isDayInRange(doc.date)) return dayOutOfRange('Datum schůzky', 'The meeting date');
  if (!optional(doc.time, (v) => typeof v === 'string' && TIME_PATTERN.test(v))) {
    return forbidden('Čas schůzky musí mít tvar HH:MM.', 'The meeting time must look like HH:MM.');
  }
  if (!optional(doc.place, isString)) {
    return forbidden('Místo schůzky musí být text.', 'The meeting place must be text.');
  }
  if (!optional(doc.public, (v) => typeof v === 'boolean')) {
    return forbidden(
      'Údaj „veřejná schůzka“ musí být ano, nebo ne.',
      'The meeting\'s "public" flag must be true or false.',
    );
  }
  if (!oneOf(doc.status, MEETING_STATUSES)) {
    return forbidden(
      'Stav schůzky musí být „draft“ nebo „approved“.',
      'A meeting status must be "draft" or "approved".',
    );
  }
  if (
    doc.status === 'approved' &&
    (!isNonEmptyString(doc.approvedBy) || !isIsoDateTime(doc.approvedAt))
  ) {
    return forbidden(
      'Schválený zápis musí uvádět, kdo a kdy ho schválil.',
      'Approved minutes must say who approved them and when (approvedBy, approvedAt).',
    );
  }
  return ok;
}

/** `<type>:<meetingKey>:<suffix>` with meetingId matching; returns the suffix or undefined. */
function childSuffix(doc: AnyDoc): string | undefined {
  const parts = doc._id.split(':');
  if (parts.length !== 3 || parts[0] !== doc.type || !isKey(parts[1])) return undefined;
  if (doc.meetingId !== parts[1]) return undefined;
  return parts[2];
}

const badActivity = () =>
  forbidden(
    'Odkaz na aktivitu plánu musí mít tvar „activity:<kód>“.',
    'activityId must look like "activity:<code>".',
  );

function validateChild(doc: AnyDoc): ValidationResult {
  const suffix = childSuffix(doc);
  if (typeof doc.locked !== 'boolean') {
    return forbidden('Chybí příznak uzamčení (locked).', 'The locked flag is required.');
  }
  if (doc.type === 'attendance') {
    if (suffix === undefined || !PERSON_PATTERN.test(suffix) || doc.person !== suffix) {
      return badId('„attendance:<schůzka>:<osoba>“', '"attendance:<meeting>:<person>"');
    }
    if (!isNonEmptyString(doc.displayName)) {
      return forbidden('U účastníka chybí jméno.', 'An attendee needs a display name.');
    }
    if (typeof doc.guest !== 'boolean' || typeof doc.present !== 'boolean') {
      return forbidden(
        'U účastníka musí být uvedeno, zda je host a zda byl přítomen.',
        'An attendee needs the guest and present flags.',
      );
    }
    if (!optional(doc.organisation, isString)) {
      return forbidden('Organizace musí být text.', 'The organisation must be text.');
    }
    return ok;
  }
  if (!optional(doc.activityId, isActivityRef)) return badActivity();
  if (suffix === undefined || !isPositiveInt(doc.n) || String(doc.n) !== suffix) {
    return badId(`„${String(doc.type)}:<schůzka>:<číslo>“`, `"${String(doc.type)}:<meeting>:<n>"`);
  }
  if (doc.type === 'agenda-item') {
    if (!isNonEmptyString(doc.title) || typeof doc.notes !== 'string') {
      return forbidden(
        'Bod programu musí mít název a poznámky (text, může být prázdný).',
        'An agenda item needs a title and notes (text, may be empty).',
      );
    }
    return ok;
  }
  if (!isNonEmptyString(doc.text)) {
    return forbidden('Usnesení musí mít text.', 'A decision needs its text.');
  }
  if (!optional(doc.agendaItem, isPositiveInt)) {
    return forbidden(
      'Odkaz na bod programu musí být jeho číslo.',
      'agendaItem must be an agenda item number.',
    );
  }
  return ok;
}

function validateTask(doc: AnyDoc): ValidationResult {
  if (!isKey(doc._id.slice('task:'.length))) return badId('„task:<klíč>“', '"task:<key>"');
  if (!isNonEmptyString(doc.what) || !isNonEmptyString(doc.assignee)) {
    return forbidden('Úkol musí říkat co a kdo.', 'A task needs what and an assignee.');
  }
  if (!optional(doc.due, isIsoDate)) {
    return forbidden(
      'Termín úkolu musí být datum (RRRR-MM-DD).',
      'A task due date must be YYYY-MM-DD.',
    );
  }
  if (!optional(doc.due, isDayInRange)) return dayOutOfRange('Termín úkolu', 'A task deadline');
  if (!oneOf(doc.status, TASK_STATUSES)) {
    return forbidden(
      'Stav úkolu musí být open, in-progress, done nebo cancelled.',
      'A task status must be open, in-progress, done or cancelled.',
    );
  }
  if (!optional(doc.meetingId, isKey)) {
    return forbidden('Odkaz na schůzku není platný.', 'meetingId is not a valid meeting key.');
  }
  if (!optional(doc.activityId, isActivityRef)) return badActivity();
  return ok;
}

function validateRoster(doc: AnyDoc): ValidationResult {
  if (doc._id !== 'roster') return badId('„roster“', '"roster"');
  const members = doc.members;
  const bad = () =>
    forbidden(
      'Seznam členů musí mít u každého člena uživatelské jméno a jméno k zobrazení, každé jméno jen jednou.',
      'Each roster member needs a user name and a display name, each user name once.',
    );
  if (!Array.isArray(members)) return bad();
  const seen: string[] = [];
  for (const member of members as unknown[]) {
    if (typeof member !== 'object' || member === null) return bad();
    const { name, displayName } = member as { name?: unknown; displayName?: unknown };
    if (typeof name !== 'string' || !PERSON_PATTERN.test(name) || seen.indexOf(name) !== -1) {
      return bad();
    }
    if (!isNonEmptyString(displayName)) return bad();
    seen.push(name);
  }
  return ok;
}

/** Shape of any live (not deleted) group document. */
export function validateGroupDocShape(doc: AnyDoc): ValidationResult {
  if (doc._deleted) return ok;
  const authorship = validateAuthorship(doc);
  if (!authorship.ok) return authorship;
  switch (doc.type) {
    case 'meeting':
      return doc._id.indexOf('meeting:') === 0
        ? validateMeeting(doc)
        : badId('„meeting:<klíč>“', '"meeting:<key>"');
    case 'task':
      return doc._id.indexOf('task:') === 0
        ? validateTask(doc)
        : badId('„task:<klíč>“', '"task:<key>"');
    case 'agenda-item':
    case 'attendance':
    case 'decision':
      return validateChild(doc);
    case 'roster':
      return validateRoster(doc);
    default:
      return forbidden(
        `Neznámý typ dokumentu pracovní skupiny: ${String(doc.type)}.`,
        `Unknown working-group document type: ${String(doc.type)}.`,
      );
  }
}
