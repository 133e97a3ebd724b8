/**
 * Replication conflicts in a group database: merged automatically when the three-way merge is
 * clean, otherwise left for a person (the losing revisions stay until then).
 */
import { jsonEqual, type JsonObject } from '$lib/domain/sync/json-value';
import type { AnyDoc } from '$lib/domain/validation/validation.types';
import {
  getGroupDoc,
  getLeaves,
  getRevision,
  saveGroupDocs,
  type Writer,
} from '$lib/data/pouch/group.repository';
import {
  commonAncestor,
  content,
  planMerge,
  type Leaf,
  type MergePlan,
  type Revisions,
} from './conflict-merge.service';

export interface ConflictVersions {
  id: string;
  /** Winner first. */
  versions: Leaf[];
  /** For each loser (`versions[i + 1]`), the body of its common ancestor with the winner. */
  bases: (JsonObject | null)[];
  plan: MergePlan;
}

function revisionsOf(doc: AnyDoc): Revisions | undefined {
  return doc._revisions as Revisions | undefined;
}

/** Reads all leaves of a conflicted document and plans their merge. Undefined: no conflict. */
export async function readConflict(
  database: string,
  id: string,
): Promise<ConflictVersions | undefined> {
  const winner = await getGroupDoc(database, id);
  const losers = (winner?._conflicts as string[] | undefined) ?? [];
  if (!winner || losers.length === 0) return undefined;
  const leaves = await getLeaves(database, id, [String(winner._rev), ...losers]);
  const winnerLeaf = leaves.find((l) => l._rev === winner._rev);
  const loserLeaves = leaves.filter((l) => l._rev !== winner._rev && !l._deleted);
  if (!winnerLeaf) return undefined;
  const bases: (JsonObject | null)[] = [];
  for (const loser of loserLeaves) {
    const a = revisionsOf(winnerLeaf);
    const b = revisionsOf(loser);
    const ancestor = a && b ? commonAncestor(a, b) : undefined;
    // The ancestor's body may have been compacted away: then we merge as if without a base.
    const base = ancestor ? await getRevision(database, id, ancestor) : null;
    bases.push(base as JsonObject | null);
  }
  const versions = [winnerLeaf, ...loserLeaves] as unknown as Leaf[];
  return {
    id,
    versions,
    bases,
    plan: planMerge(versions[0] as Leaf, versions.slice(1), bases),
  };
}

/** Equal apart from who saved it last and when. */
export function sameContent(a: JsonObject, b: JsonObject): boolean {
  const strip = (doc: JsonObject): JsonObject => {
    const { updatedAt: _a, updatedBy: _b, ...rest } = content(doc);
    return rest;
  };
  return jsonEqual(strip(a), strip(b));
}

function stamp(body: JsonObject, writer: Writer): JsonObject {
  return { ...body, updatedBy: writer.name, updatedAt: new Date().toISOString() };
}

/**
 * Writes `body` as the new winner and deletes every other leaf, in one `_bulk_docs`, so no
 * reader ever sees the choice without the cleanup or the cleanup without the choice.
 */
export async function resolveWith(
  database: string,
  conflict: ConflictVersions,
  body: JsonObject,
  writer: Writer,
): Promise<void> {
  const [winner, ...losers] = conflict.versions;
  if (!winner) return;
  const deletions = losers.map((l) => ({ _id: conflict.id, _rev: l._rev, _deleted: true }));
  // When the result is the winner's content already, only the losers are deleted. Two devices
  // that merge the same conflict at once then write two deletions of the same loser (deleted
  // leaves never conflict) instead of two new winners that would conflict again.
  const docs: AnyDoc[] = sameContent(body, winner)
    ? deletions
    : [{ ...stamp(content(body), writer), _id: conflict.id, _rev: winner._rev }, ...deletions];
  await saveGroupDocs(database, docs, writer);
}

/**
 * Tries the automatic merge for each id. Returns the ids left for a person. A refused write
 * (e.g. a member may not delete a locked loser) also leaves the conflict for a person.
 */
export async function autoMerge(
  database: string,
  ids: string[],
  writer: Writer,
): Promise<string[]> {
  const manual: string[] = [];
  for (const id of ids) {
    try {
      const conflict = await readConflict(database, id);
      if (!conflict) continue;
      if (conflict.plan.kind === 'merged') {
        await resolveWith(database, conflict, conflict.plan.doc, writer);
      } else {
        manual.push(id);
      }
    } catch (error) {
      console.warn(`Automatic merge of ${id} failed; left for a person`, error);
      manual.push(id);
    }
  }
  return manual;
}
