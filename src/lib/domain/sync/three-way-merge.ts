/**
 * Field-level three-way merge of two revisions of a JSON document against their common
 * ancestor (CouchDB keeps it in the revision tree). Used when replication leaves a conflict:
 * what both sides changed compatibly is merged, text fields line by line (diff3); whatever
 * cannot merge is reported as a conflict with all three values, never dropped, so a person
 * can choose or combine side by side.
 *
 * Rules, per value:
 *  - only one side changed it (or both the same way): take that change;
 *  - both changed an object: merge key by key (an absent key is `undefined`);
 *  - both changed a text field: diff3 line merge; overlapping or adjacent line edits conflict;
 *  - anything else (numbers, arrays, type changes, edit vs delete): conflict.
 * On a conflict `merged` keeps "ours" at that path and the conflict carries base/ours/theirs.
 * Arrays are atomic on purpose: positions in lists carry meaning we cannot guess here.
 */
import { diff3Merge } from 'node-diff3';
import { isJsonObject, jsonEqual, type JsonObject, type JsonValue } from './json-value';

export type MergePath = string[];

export interface MergeConflict {
  path: MergePath;
  /** `undefined` means the value was absent on that side (never set, or deleted). */
  base: JsonValue | undefined;
  ours: JsonValue | undefined;
  theirs: JsonValue | undefined;
}

export interface MergeResult<T extends JsonObject = JsonObject> {
  merged: T;
  conflicts: MergeConflict[];
}

/** Decides a conflicting value itself (e.g. `updatedAt`: the later one); undefined = can't. */
export type Resolver = (
  base: JsonValue | undefined,
  ours: JsonValue | undefined,
  theirs: JsonValue | undefined,
) => { value: JsonValue | undefined } | undefined;

export interface MergeOptions {
  /** Resolvers by dotted path, e.g. `{ updatedAt: latest }`. */
  resolvers?: Record<string, Resolver>;
}

/** CouchDB bookkeeping that always differs between revisions: taken from "ours". */
const REVISION_FIELDS = ['_rev', '_revisions', '_conflicts', '_deleted_conflicts'];

/** diff3 on lines; undefined when some lines conflict. */
export function mergeText(base: string, ours: string, theirs: string): string | undefined {
  const regions = diff3Merge(ours.split('\n'), base.split('\n'), theirs.split('\n'), {
    excludeFalseConflicts: true,
  });
  const lines: string[] = [];
  for (const region of regions) {
    if (region.conflict) return undefined;
    if (region.ok) lines.push(...region.ok);
  }
  return lines.join('\n');
}

function mergeValue(
  path: MergePath,
  base: JsonValue | undefined,
  ours: JsonValue | undefined,
  theirs: JsonValue | undefined,
  conflicts: MergeConflict[],
  options: MergeOptions,
): JsonValue | undefined {
  if (jsonEqual(ours, theirs)) return ours;
  if (jsonEqual(base, ours)) return theirs;
  if (jsonEqual(base, theirs)) return ours;
  const resolver = options.resolvers?.[path.join('.')];
  const resolved = resolver?.(base, ours, theirs);
  if (resolved) return resolved.value;
  if (isJsonObject(ours) && isJsonObject(theirs) && (base === undefined || isJsonObject(base))) {
    return mergeObject(path, base ?? {}, ours, theirs, conflicts, options);
  }
  // Only against a text ancestor: a number turned into two different texts is a conflict.
  if (typeof base === 'string' && typeof ours === 'string' && typeof theirs === 'string') {
    const text = mergeText(base, ours, theirs);
    if (text !== undefined) return text;
  }
  conflicts.push({ path, base, ours, theirs });
  return ours;
}

function mergeObject(
  path: MergePath,
  base: JsonObject,
  ours: JsonObject,
  theirs: JsonObject,
  conflicts: MergeConflict[],
  options: MergeOptions,
): JsonObject {
  const merged: JsonObject = {};
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)]);
  for (const key of keys) {
    const value =
      path.length === 0 && REVISION_FIELDS.indexOf(key) !== -1
        ? ours[key]
        : mergeValue([...path, key], base[key], ours[key], theirs[key], conflicts, options);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Merges two documents against their common ancestor; see the rules at the top. */
export function mergeThreeWay<T extends JsonObject>(
  base: T,
  ours: T,
  theirs: T,
  options: MergeOptions = {},
): MergeResult<T> {
  const conflicts: MergeConflict[] = [];
  const merged = mergeObject([], base, ours, theirs, conflicts, options) as T;
  return { merged, conflicts };
}

/** A resolver for ISO timestamps such as `updatedAt`: the later one wins. */
export const latest: Resolver = (_base, ours, theirs) =>
  typeof ours === 'string' && typeof theirs === 'string'
    ? { value: ours >= theirs ? ours : theirs }
    : undefined;
