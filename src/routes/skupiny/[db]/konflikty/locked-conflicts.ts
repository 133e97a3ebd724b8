import type { GroupDocRow } from '$lib/data/dexie/groups.tables';
import { readConflict } from '$lib/services/conflict.service';

/**
 * A version only a coordinator may write: a child of approved minutes (`locked`) or the
 * approved meeting itself (group-access.validation.ts). If any version of a conflicted document
 * is such, resolving it writes or deletes that version, which the validation refuses to
 * members. The winner alone does not tell: an approval and a member's offline edit make
 * revisions of equal depth, and either may win.
 */
export function isLockedVersion(doc: Record<string, unknown>): boolean {
  return doc.locked === true || (doc.type === 'meeting' && doc.status === 'approved');
}

/** The ids of the conflicted documents that only a coordinator can resolve. */
export async function findLockedConflicts(
  db: string,
  rows: readonly GroupDocRow[],
): Promise<Set<string>> {
  const locked = new Set<string>();
  for (const row of rows) {
    if (isLockedVersion(row.doc)) {
      locked.add(row.id);
      continue;
    }
    const conflict = await readConflict(db, row.id).catch(() => undefined);
    if (conflict?.versions.some((v) => isLockedVersion(v as Record<string, unknown>))) {
      locked.add(row.id);
    }
  }
  return locked;
}
