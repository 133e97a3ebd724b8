/**
 * Pure planning of a conflict's resolution (no storage): find the common ancestor of two leaf
 * revisions from their `_revisions`, fold every losing leaf into the winner with the three-way
 * merge, and say whether the result is clean (write it and delete the losers in one batch) or
 * needs a person (show the versions side by side; the losers stay until then).
 */
import {
  latest,
  mergeThreeWay,
  type MergeConflict,
  type Resolver,
} from '$lib/domain/sync/three-way-merge';
import type { JsonObject } from '$lib/domain/sync/json-value';

export interface Revisions {
  start: number;
  ids: string[];
}

export interface Leaf extends JsonObject {
  _id: string;
  _rev: string;
}

/** The newest revision both histories share; undefined when they share none (or were pruned). */
export function commonAncestor(a: Revisions, b: Revisions): string | undefined {
  const inA = new Set(a.ids.map((id, i) => `${a.start - i}-${id}`));
  for (let i = 0; i < b.ids.length; i++) {
    const rev = `${b.start - i}-${b.ids[i]}`;
    if (inA.has(rev)) return rev;
  }
  return undefined;
}

/** Who changed it last is restamped by whoever saves the merge; the later time is kept meanwhile. */
const takeOurs: Resolver = (_base, ours) => ({ value: ours ?? null });
const RESOLVERS: Record<string, Resolver> = { updatedAt: latest, updatedBy: takeOurs };

/** CouchDB bookkeeping never merged as content. */
const BOOKKEEPING = ['_rev', '_revisions', '_conflicts', '_deleted_conflicts'];

export function content(doc: JsonObject): JsonObject {
  const body: JsonObject = {};
  for (const [key, value] of Object.entries(doc)) {
    if (BOOKKEEPING.indexOf(key) === -1) body[key] = value;
  }
  return body;
}

export type MergePlan =
  | { kind: 'merged'; doc: JsonObject; losers: string[] }
  | { kind: 'manual'; conflicts: MergeConflict[]; noBase: boolean };

/**
 * Folds each loser into the winner against that pair's ancestor body. `bases[i]` is the body
 * of the common ancestor of the winner and `losers[i]`, or null when it is unknown (no shared
 * history, or compacted away): then only identical content merges, anything else is manual.
 */
export function planMerge(winner: Leaf, losers: Leaf[], bases: (JsonObject | null)[]): MergePlan {
  let merged = content(winner);
  const conflicts: MergeConflict[] = [];
  let noBase = false;
  losers.forEach((loser, i) => {
    const base = bases[i];
    if (!base) {
      noBase = true;
      const result = mergeThreeWay({}, merged, content(loser), { resolvers: RESOLVERS });
      // Without a base, only identical values count as agreement.
      conflicts.push(...result.conflicts);
      return;
    }
    const result = mergeThreeWay(content(base), merged, content(loser), { resolvers: RESOLVERS });
    conflicts.push(...result.conflicts);
    merged = result.merged;
  });
  if (conflicts.length > 0) return { kind: 'manual', conflicts, noBase };
  return { kind: 'merged', doc: merged, losers: losers.map((l) => l._rev) };
}

/** Fields whose values differ between the versions, for the side-by-side view. */
export function differingFields(versions: JsonObject[]): string[] {
  const keys = new Set(versions.flatMap((v) => Object.keys(content(v))));
  const ignored = ['updatedAt', 'updatedBy', 'createdAt', 'createdBy', 'type', '_id'];
  return [...keys]
    .filter((key) => ignored.indexOf(key) === -1)
    .filter((key) => new Set(versions.map((v) => JSON.stringify(v[key] ?? null))).size > 1)
    .sort();
}
