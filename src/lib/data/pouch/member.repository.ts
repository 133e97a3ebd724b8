import type { AnyDoc, Reason } from '$lib/domain/validation/validation.types';
import { validateGroupUpdate } from '$lib/domain/groups/group.validation';
import { groupReplica } from './group.replica';

/**
 * Writes to a group's local replica, each checked first with the same validation CouchDB runs
 * (src/lib/domain/groups), so a person sees the reason at once instead of a silent rejection
 * at the next sync.
 */
export interface Writer {
  name: string;
  roles: string[];
}

export class GroupValidationError extends Error {
  constructor(readonly reason: Reason) {
    super(reason.en);
  }
}

function notFound(error: unknown): boolean {
  return !!error && typeof error === 'object' && (error as { status?: number }).status === 404;
}

export async function getGroupDoc(database: string, id: string): Promise<AnyDoc | null> {
  try {
    return (await groupReplica(database).get(id, { conflicts: true })) as AnyDoc;
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

function check(database: string, doc: AnyDoc, old: AnyDoc | null, writer: Writer): void {
  const result = validateGroupUpdate(doc, old, {
    name: writer.name,
    roles: writer.roles,
    db: database,
  });
  if (!result.ok) throw new GroupValidationError(result.reason);
}

/** Saves one document (new when `_rev` is absent); returns the new revision. */
export async function saveGroupDoc(database: string, doc: AnyDoc, writer: Writer): Promise<string> {
  const old = doc._rev ? await getGroupDoc(database, doc._id) : null;
  check(database, doc, old, writer);
  const result = await groupReplica(database).put(storable(doc));
  return result.rev;
}

/**
 * Saves several documents in one `_bulk_docs` (approval: the meeting and its children; a
 * conflict resolution: the merged winner and the deleted losers). All are validated first, so
 * nothing is written when any is refused.
 */
export async function saveGroupDocs(
  database: string,
  docs: readonly AnyDoc[],
  writer: Writer,
): Promise<void> {
  for (const doc of docs) {
    const old = doc._rev ? await getGroupDoc(database, doc._id) : null;
    check(database, doc, old, writer);
  }
  const results = await groupReplica(database).bulkDocs(docs.map(storable));
  const failed = results.find((r) => 'error' in r && r.error);
  if (failed && 'message' in failed) throw new Error(String(failed.message ?? failed.error));
}

/** The document's leaf revisions with their ancestry (`_revisions`), for conflict merging. */
export async function getLeaves(database: string, id: string, revs: string[]): Promise<AnyDoc[]> {
  const results = await groupReplica(database).get(id, { revs: true, open_revs: revs });
  return results.flatMap((r) => ('ok' in r ? [r.ok as unknown as AnyDoc] : []));
}

/** One revision's body; null when compaction removed it. */
export async function getRevision(
  database: string,
  id: string,
  rev: string,
): Promise<AnyDoc | null> {
  try {
    return (await groupReplica(database).get(id, { rev })) as AnyDoc;
  } catch (error) {
    if (notFound(error)) return null;
    throw error;
  }
}
