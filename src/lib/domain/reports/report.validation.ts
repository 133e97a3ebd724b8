/**
 * Validation of data-error reports, shared by sync-server's `POST /api/reports` (input) and the
 * `reports` database's validate_doc_update (stored docs). Plain ES2017 (runs inside CouchDB).
 */
import { isAdmin, hasRole, ROLE_CATALOG_EDITOR } from '../roles';
import { isIsoDateTime, isNonEmptyString, isObject, oneOf } from '../validation/checks';
import {
  forbidden,
  ok,
  unauthorized,
  type AnyDoc,
  type Reason,
  type UserCtx,
  type ValidationResult,
} from '../validation/validation.types';
import { REPORT_LIMITS, REPORT_STATUSES, reportId, type ReportInput } from './report.types';

const CLIENT_ID = /^[A-Za-z0-9-]{8,64}$/;
const SERVICE_ID = /^service:[A-Za-z0-9._-]+$/;

export type ReportInputResult = { ok: true; value: ReportInput } | { ok: false; reason: Reason };

function fail(cs: string, en: string): { ok: false; reason: Reason } {
  return { ok: false, reason: { cs, en } };
}

function tooLong(value: string, max: number): boolean {
  return value.length > max;
}

/** Checks and normalises what a browser sent; unknown fields are dropped, never stored. */
export function validateReportInput(input: unknown): ReportInputResult {
  if (!isObject(input)) {
    return fail('Hlášení musí být objekt JSON.', 'A report must be a JSON object.');
  }
  const { clientId, serviceId, serviceName, message, contact, reportedAt } = input;
  if (typeof clientId !== 'string' || !CLIENT_ID.test(clientId)) {
    return fail('Chybí identifikátor hlášení.', 'The report id is missing or malformed.');
  }
  if (
    typeof serviceId !== 'string' ||
    !SERVICE_ID.test(serviceId) ||
    tooLong(serviceId, REPORT_LIMITS.serviceId)
  ) {
    return fail(
      'Chybí nebo je chybná služba, které se hlášení týká.',
      'The service is missing or malformed.',
    );
  }
  if (!isNonEmptyString(serviceName) || tooLong(serviceName, REPORT_LIMITS.serviceName)) {
    return fail('Chybí název služby.', 'The service name is missing or too long.');
  }
  if (!isNonEmptyString(message)) {
    return fail('Napište prosím, co je v údajích špatně.', 'Please describe what is wrong.');
  }
  if (tooLong(message, REPORT_LIMITS.message)) {
    return fail(
      `Popis chyby je příliš dlouhý (nejvýše ${REPORT_LIMITS.message} znaků).`,
      `The description is too long (at most ${REPORT_LIMITS.message} characters).`,
    );
  }
  if (
    contact !== undefined &&
    (typeof contact !== 'string' || tooLong(contact, REPORT_LIMITS.contact))
  ) {
    return fail(
      `Kontakt je příliš dlouhý (nejvýše ${REPORT_LIMITS.contact} znaků).`,
      `The contact is too long (at most ${REPORT_LIMITS.contact} characters).`,
    );
  }
  if (!isIsoDateTime(reportedAt)) {
    return fail('Chybí čas nahlášení.', 'reportedAt must be an ISO date-time.');
  }
  const value: ReportInput = {
    clientId,
    serviceId,
    serviceName: serviceName.trim(),
    message: message.trim(),
    reportedAt,
  };
  if (typeof contact === 'string' && contact.trim()) value.contact = contact.trim();
  return { ok: true, value };
}

/** The stored document's shape (for validate_doc_update). */
export function validateReportDoc(doc: AnyDoc): ValidationResult {
  if (doc._deleted) return ok;
  if (doc.type !== 'data-error-report') {
    return forbidden('Neznámý typ dokumentu.', 'Unknown document type.');
  }
  const input = validateReportInput(doc);
  if (!input.ok) return forbidden(input.reason.cs, input.reason.en);
  if (doc._id !== reportId(input.value.clientId)) {
    return forbidden(
      'Hlášení musí mít identifikátor „report:<id>“.',
      'A report must have the id "report:<clientId>".',
    );
  }
  if (!isIsoDateTime(doc.receivedAt) || !oneOf(doc.status, REPORT_STATUSES)) {
    return forbidden(
      'Hlášení musí mít čas přijetí a stav.',
      'A report needs receivedAt and a status.',
    );
  }
  return ok;
}

/**
 * Only editors and admins write (browsers go through sync-server, which writes as admin after
 * validating and rate-limiting); editors may change a report's status or remove it.
 */
export function validateReportsUpdate(
  newDoc: AnyDoc,
  _oldDoc: AnyDoc | null,
  userCtx: UserCtx,
): ValidationResult {
  if (!isAdmin(userCtx.roles) && !hasRole(userCtx.roles, ROLE_CATALOG_EDITOR)) {
    if (!userCtx.name) {
      return unauthorized('Pro úpravy se přihlaste.', 'Sign in to make changes.');
    }
    return forbidden(
      'Hlášení upravují jen editoři katalogu.',
      'Only catalogue editors edit reports.',
    );
  }
  return validateReportDoc(newDoc);
}
