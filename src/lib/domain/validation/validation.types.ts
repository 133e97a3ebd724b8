/**
 * Shared validation contract. The same functions run in the app before a save and inside
 * CouchDB's `validate_doc_update` (bundled by sync-server/src/couch/design-docs.ts), so this
 * code must stay plain, dependency-free TypeScript that any CouchDB 3 JavaScript engine runs.
 */

/** CouchDB's user context, as passed to `validate_doc_update`. */
export interface UserCtx {
  name: string | null;
  roles: string[];
  db?: string;
}

/** A reason shown to people: always both languages. */
export interface Reason {
  cs: string;
  en: string;
}

export type ValidationResult =
  { ok: true } | { ok: false; kind: 'forbidden' | 'unauthorized'; reason: Reason };

/** Any stored JSON document; validators narrow it. */
export interface AnyDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  [key: string]: unknown;
}

export const ok: ValidationResult = { ok: true };

export function forbidden(cs: string, en: string): ValidationResult {
  return { ok: false, kind: 'forbidden', reason: { cs, en } };
}

export function unauthorized(cs: string, en: string): ValidationResult {
  return { ok: false, kind: 'unauthorized', reason: { cs, en } };
}

/** The one string CouchDB carries back to clients: Czech first, then English. */
export function reasonText(reason: Reason): string {
  return `${reason.cs} / ${reason.en}`;
}

/**
 * Turn a result into what CouchDB expects from `validate_doc_update`: a thrown
 * `{ forbidden }` or `{ unauthorized }` object.
 */
export function throwIfInvalid(result: ValidationResult): void {
  if (result.ok) return;
  const message = reasonText(result.reason);
  throw result.kind === 'forbidden' ? { forbidden: message } : { unauthorized: message };
}

/**
 * The user context with the database name that sync-server baked into the design document;
 * that name wins over `userCtx.db`, which the embedded server leaves unset.
 */
export function withDatabase(userCtx: UserCtx, db: string | undefined): UserCtx {
  return db ? { name: userCtx.name, roles: userCtx.roles, db } : userCtx;
}

/** Runs checks in order and returns the first refusal, or ok. */
export function firstFailure(checks: readonly (() => ValidationResult)[]): ValidationResult {
  for (const check of checks) {
    const result = check();
    if (!result.ok) return result;
  }
  return ok;
}

/**
 * Design documents are the admins' business, like CouchDB itself: the verdict for one, or
 * undefined when `doc` is not a design document.
 */
export function designDocVerdict(doc: AnyDoc, userCtx: UserCtx): ValidationResult | undefined {
  if (doc._id.indexOf('_design/') !== 0) return undefined;
  return userCtx.roles.indexOf('_admin') !== -1
    ? ok
    : forbidden('Návrhové dokumenty mění jen správce.', 'Only admins change design documents.');
}
