/**
 * Validation of joining requests, shared by sync-server's `POST /api/join/<orp>` (input) and
 * the `orp-<orp>-join-requests` database's validate_doc_update. Plain ES2017 (runs inside
 * CouchDB).
 */
import { isAdmin, hasRole, coordinatorRole, isGroupCode, parseJoinRequestsDbName } from '../roles';
import { isIsoDateTime, isNonEmptyString, isObject } from '../validation/checks';
import {
  forbidden,
  ok,
  unauthorized,
  type AnyDoc,
  type Reason,
  type UserCtx,
  type ValidationResult,
} from '../validation/validation.types';
import {
  JOIN_REQUEST_LIMITS,
  JOIN_REQUEST_PREFIX,
  type JoinRequestInput,
} from './join-request.types';

export type JoinInputResult = { ok: true; value: JoinRequestInput } | { ok: false; reason: Reason };

function fail(cs: string, en: string): { ok: false; reason: Reason } {
  return { ok: false, reason: { cs, en } };
}

/** Checks and normalises what the form sent; unknown fields are dropped, never stored. */
export function validateJoinInput(input: unknown, groups: readonly string[]): JoinInputResult {
  if (!isObject(input)) {
    return fail('Žádost musí být objekt JSON.', 'A request must be a JSON object.');
  }
  const { group, name, contact, message, consent } = input;
  if (typeof group !== 'string' || !isGroupCode(group) || groups.indexOf(group) === -1) {
    return fail('Vyberte prosím pracovní skupinu.', 'Please choose a working group.');
  }
  if (!isNonEmptyString(name) || name.trim() === '') {
    return fail('Napište prosím své jméno.', 'Please write your name.');
  }
  if (name.trim().length > JOIN_REQUEST_LIMITS.name) {
    return fail(
      `Jméno je příliš dlouhé (nejvýše ${JOIN_REQUEST_LIMITS.name} znaků).`,
      `The name is too long (at most ${JOIN_REQUEST_LIMITS.name} characters).`,
    );
  }
  if (!isNonEmptyString(contact) || contact.trim() === '') {
    return fail(
      'Napište prosím e-mail nebo telefon, abychom vám mohli odpovědět.',
      'Please give an e-mail or phone number so that we can answer you.',
    );
  }
  if (contact.trim().length > JOIN_REQUEST_LIMITS.contact) {
    return fail(
      `Kontakt je příliš dlouhý (nejvýše ${JOIN_REQUEST_LIMITS.contact} znaků).`,
      `The contact is too long (at most ${JOIN_REQUEST_LIMITS.contact} characters).`,
    );
  }
  if (message !== undefined && typeof message !== 'string') {
    return fail('Zpráva musí být text.', 'The message must be text.');
  }
  if ((message ?? '').trim().length > JOIN_REQUEST_LIMITS.message) {
    return fail(
      `Zpráva je příliš dlouhá (nejvýše ${JOIN_REQUEST_LIMITS.message} znaků).`,
      `The message is too long (at most ${JOIN_REQUEST_LIMITS.message} characters).`,
    );
  }
  if (consent !== true) {
    return fail(
      'Bez souhlasu se zpracováním údajů žádost odeslat nelze.',
      'The request cannot be sent without consent to the processing of your details.',
    );
  }
  const text = (message ?? '').trim();
  return {
    ok: true,
    value: {
      group,
      name: name.trim(),
      contact: contact.trim(),
      ...(text ? { message: text } : {}),
      consent: true,
    },
  };
}

/** Only CouchDB's own `_` fields (id, revision, deletion): a tombstone with no personal data. */
function isBareTombstone(doc: AnyDoc): boolean {
  return Object.keys(doc).every((k) => k.charAt(0) === '_');
}

/**
 * The database's rule: only sync-server (admin) writes requests; the ORP's coordinators may
 * delete one (declining), with a bare tombstone so no personal data survives the deletion.
 */
export function validateJoinRequestsUpdate(
  newDoc: AnyDoc,
  _oldDoc: AnyDoc | null,
  userCtx: UserCtx,
  db: string | undefined,
): ValidationResult {
  if (isAdmin(userCtx.roles)) {
    if (newDoc._deleted) return ok;
    if (newDoc._id.indexOf(JOIN_REQUEST_PREFIX) !== 0 || newDoc.type !== 'join-request') {
      return forbidden('Neznámý dokument.', 'Unknown document.');
    }
    return isIsoDateTime(newDoc.receivedAt)
      ? ok
      : forbidden('Žádosti chybí čas přijetí.', 'The request lacks receivedAt.');
  }
  if (!userCtx.name) {
    return unauthorized('Přihlaste se prosím.', 'Please sign in.');
  }
  const orp = db ? parseJoinRequestsDbName(db) : undefined;
  if (
    orp &&
    hasRole(userCtx.roles, coordinatorRole(orp)) &&
    newDoc._deleted &&
    isBareTombstone(newDoc)
  ) {
    return ok;
  }
  return forbidden(
    'Žádosti o zapojení zapisuje jen server; koordinátor je může jen smazat.',
    'Only the server writes joining requests; a coordinator may only delete them.',
  );
}
