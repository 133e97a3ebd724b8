import type { AnyDoc, Reason } from '$lib/domain/validation/validation.types';
import { forbidden } from '$lib/domain/validation/validation.types';
import { validateGroupUpdate } from '$lib/domain/groups/group.validation';
import { validatePlanUpdate } from '$lib/domain/plan/plan.validation';
import { parseDbName } from '$lib/domain/roles';
import { memberReplica } from './member.replica';

/**
 * Writes to a member database's local replica (a working group's or an ORP plan's), each
 * checked first with the same validation CouchDB runs for that kind of database, so a person
 * sees the reason at once instead of a silent rejection at the next sync.
 */
export interface Writer {
  name: string;
  roles: string[];
}

export class MemberValidationError extends Error {
  constructor(readonly reason: Reason) {
    super(reason.en);
  }
}

function notFound(error: unknown): boolean {
  return !!error && typeof error === 'object' && (error as { status?: number }).status === 404;
}

export async function getMemberDoc(database: string, id: string): Promise<AnyDoc | null> {
  try {
    return (await memberReplica(database).get(id, { conflicts: true })) as AnyDoc;
  } catch (error) {
    if (notFound(error)) return null;
    throw error;
  }
}

/** Read-side bookkeeping (`_conflicts`, `_revisions`) that PouchDB refuses on a write. */
function storable(doc: AnyDoc): AnyDoc {
  const {
    _conflicts: _c,
    _revisions: _r,
    ...body
  } = doc as AnyDoc & {
    _conflicts?: unknown;
    _revisions?: unknown;
  };
  return body;
}

function validate(database: string, doc: AnyDoc, old: AnyDoc | null, writer: Writer) {
  const userCtx = { name: writer.name, roles: writer.roles, db: database };
  const kind = parseDbName(database)?.kind;
  if (kind === 'group') return validateGroupUpdate(doc, old, userCtx);
  if (kind === 'plan') return validatePlanUpdate(doc, old, userCtx);
  return forbidden('Neznámá databáze.', 'Unknown database.');
}

function check(database: string, doc: AnyDoc, old: AnyDoc | null, writer: Writer): void {
  const result = validate(database, doc, old, writer);
  if (!result.ok) throw new MemberValidationError(result.reason);
}

/** Saves one document (new when `_rev` is absent); returns the new revision. */
export async function saveMemberDoc(
  database: string,
  doc: AnyDoc,
  writer: Writer,
): Promise<string> {
  const old = doc._rev ? await getMemberDoc(database, doc._id) : null;
  check(database, doc, old, writer);
  const result = await memberReplica(database).put(storable(doc));
  return result.rev;
}

/**
 * Saves several documents in one `_bulk_docs` (approval: the meeting and its children; a
 * conflict resolution: the merged winner and the deleted losers). All are validated first, so
 * nothing is written when any is refused.
 */
export async function saveMemberDocs(
  database: string,
  docs: readonly AnyDoc[],
  writer: Writer,
): Promise<void> {
  for (const doc of docs) {
    const old = doc._rev ? await getMemberDoc(database, doc._id) : null;
    check(database, doc, old, writer);
  }
  const results = await memberReplica(database).bulkDocs(docs.map(storable));
  const failed = results.find((r) => 'error' in r && r.error);
  if (failed && 'message' in failed) throw new Error(String(failed.message ?? failed.error));
}

/** The document's leaf revisions with their ancestry (`_revisions`), for conflict merging. */
export async function getLeaves(database: string, id: string, revs: string[]): Promise<AnyDoc[]> {
  const results = await memberReplica(database).get(id, { revs: true, open_revs: revs });
  return results.flatMap((r) => ('ok' in r ? [r.ok as unknown as AnyDoc] : []));
}

/** One revision's body; null when compaction removed it. */
export async function getRevision(
  database: string,
  id: string,
  rev: string,
): Promise<AnyDoc | null> {
  try {
    return (await memberReplica(database).get(id, { rev })) as AnyDoc;
  } catch (error) {
    if (notFound(error)) return null;
    throw error;
  }
}
