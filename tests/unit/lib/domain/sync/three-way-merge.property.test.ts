/**
 * Properties of mergeThreeWay over random documents and random edits (fast-check):
 *  - non-overlapping edits (different fields) are both in the merge, with no conflicts;
 *  - text edits at least one unchanged line apart are both in the merged text;
 *  - for any edits, every edited value is in `merged` or in a conflict: nothing is lost;
 *  - merge(base, x, x) = x and merge(base, base, x) = x.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJsonObject, jsonEqual, type JsonObject, type JsonValue } from '$domain/sync/json-value';
import { mergeThreeWay, type MergeResult } from '$domain/sync/three-way-merge';

const RUNS = 3000;
const KEYS = ['title', 'notes', 'n', 'place', 'tags', 'meta'];

const line = fc.constantFrom('', 'Eva', 'Petr', 'usnesení', 'bod 1', 'bod 2', 'hlasování: 5/0/0');
const text = fc.array(line, { maxLength: 6 }).map((lines) => lines.join('\n'));
const leaf: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.boolean(),
  text,
  fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }),
);
const nested: fc.Arbitrary<JsonValue> = fc.dictionary(fc.constantFrom('a', 'b', 'c'), leaf, {
  maxKeys: 3,
});
const doc: fc.Arbitrary<JsonObject> = fc.dictionary(
  fc.constantFrom(...KEYS),
  fc.oneof(leaf, nested),
  {
    maxKeys: KEYS.length,
  },
);

type Path = string[];

function get(value: JsonValue | undefined, path: Path): JsonValue | undefined {
  let current = value;
  for (const key of path) current = isJsonObject(current) ? current[key] : undefined;
  return current;
}

function set(target: JsonObject, path: Path, value: JsonValue | undefined): JsonObject {
  const [head, ...rest] = path;
  const copy = { ...target };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head!];
    else copy[head!] = value;
    return copy;
  }
  const child = isJsonObject(copy[head!]) ? (copy[head!] as JsonObject) : {};
  copy[head!] = set(child, rest, value);
  return copy;
}

/** Leaf paths: every value that is not an object with keys, recursively. */
function leaves(value: JsonObject, prefix: Path = []): Path[] {
  const out: Path[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (isJsonObject(child) && Object.keys(child).length > 0)
      out.push(...leaves(child, [...prefix, key]));
    else out.push([...prefix, key]);
  }
  return out;
}

/** Every (path, value) where `side` differs from `base`, at the finest object level. */
function edits(
  base: JsonValue | undefined,
  side: JsonValue | undefined,
  prefix: Path = [],
): [Path, JsonValue | undefined][] {
  if (jsonEqual(base, side)) return [];
  if (isJsonObject(base) && isJsonObject(side)) {
    const keys = new Set([...Object.keys(base), ...Object.keys(side)]);
    return [...keys].flatMap((k) => edits(base[k], side[k], [...prefix, k]));
  }
  return [[prefix, side]];
}

function isPrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((k, i) => path[i] === k);
}

/** Nothing lost: the edited value is in `merged`, or inside a conflict covering its path. */
function preserved(
  result: MergeResult,
  base: JsonObject,
  path: Path,
  value: JsonValue | undefined,
  side: 'ours' | 'theirs',
): boolean {
  for (const conflict of result.conflicts) {
    if (
      isPrefix(conflict.path, path) &&
      jsonEqual(get(conflict[side], path.slice(conflict.path.length)), value)
    )
      return true;
  }
  const mergedValue = get(result.merged, path);
  if (jsonEqual(mergedValue, value)) return true;
  // An object this side introduced: merged with the other side's keys, each of ours kept.
  if (isJsonObject(value) && isJsonObject(mergedValue)) {
    return Object.entries(value).every(([k, v]) => preserved(result, base, [...path, k], v, side));
  }
  // A text merged line by line: every line this side added is in the merged text.
  if (typeof value === 'string' && typeof mergedValue === 'string') {
    const baseValue = get(base, path);
    const baseLines = typeof baseValue === 'string' ? baseValue.split('\n') : [];
    const mergedLines = mergedValue.split('\n');
    return value.split('\n').every((l) => baseLines.includes(l) || mergedLines.includes(l));
  }
  return false;
}

/** A document with random changes: new leaf values, deletions, added keys. */
function mutate(base: JsonObject): fc.Arbitrary<JsonObject> {
  const paths = leaves(base);
  const change = fc.record({
    path:
      paths.length > 0
        ? fc.oneof(
            fc.constantFrom(...paths),
            fc.constantFrom(...KEYS).map((k) => [k]),
          )
        : fc.constantFrom(...KEYS).map((k) => [k]),
    value: fc.option(fc.oneof(leaf, nested), { nil: undefined }),
  });
  return fc
    .array(change, { maxLength: 4 })
    .map((changes) => changes.reduce((d, c) => set(d, c.path, c.value), base));
}

describe('mergeThreeWay properties', () => {
  it('keeps both sides of edits to different fields, without conflicts', () => {
    const scenario = doc
      .filter((d) => leaves(d).length >= 2)
      .chain((base) =>
        fc.record({
          base: fc.constant(base),
          split: fc
            .shuffledSubarray(leaves(base), { minLength: 2 })
            .chain((paths) =>
              fc
                .integer({ min: 1, max: paths.length - 1 })
                .map((cut) => [paths.slice(0, cut), paths.slice(cut)] as const),
            ),
          oursValues: fc.array(leaf, { minLength: 8, maxLength: 8 }),
          theirsValues: fc.array(leaf, { minLength: 8, maxLength: 8 }),
        }),
      );
    fc.assert(
      fc.property(scenario, ({ base, split, oursValues, theirsValues }) => {
        const [oursPaths, theirsPaths] = split;
        const ours = oursPaths.reduce((d, p, i) => set(d, p, oursValues[i % 8]), base);
        const theirs = theirsPaths.reduce((d, p, i) => set(d, p, theirsValues[i % 8]), base);
        const result = mergeThreeWay(base, ours, theirs);
        expect(result.conflicts).toEqual([]);
        for (const p of oursPaths) expect(get(result.merged, p)).toEqual(get(ours, p));
        for (const p of theirsPaths) expect(get(result.merged, p)).toEqual(get(theirs, p));
      }),
      { numRuns: RUNS },
    );
  });

  it('merges text edits that are at least one unchanged line apart', () => {
    const scenario = fc
      // Unique lines: with repeated lines the alignment is ambiguous and diff3 may (safely)
      // report a conflict instead.
      .uniqueArray(
        fc.string({ minLength: 1, maxLength: 5 }).map((s) => `b:${s}`),
        { minLength: 3, maxLength: 12 },
      )
      .chain((lines) =>
        fc.record({
          lines: fc.constant(lines),
          i: fc.integer({ min: 0, max: lines.length - 3 }),
          gap: fc.integer({ min: 2, max: lines.length - 1 }),
          a: fc.string({ maxLength: 5 }).map((s) => `o:${s}`),
          b: fc.string({ maxLength: 5 }).map((s) => `t:${s}`),
        }),
      )
      .filter(({ lines, i, gap }) => i + gap < lines.length);
    fc.assert(
      fc.property(scenario, ({ lines, i, gap, a, b }) => {
        const ours = lines.map((l, k) => (k === i ? a : l));
        const theirs = lines.map((l, k) => (k === i + gap ? b : l));
        const result = mergeThreeWay(
          { notes: lines.join('\n') },
          { notes: ours.join('\n') },
          { notes: theirs.join('\n') },
        );
        expect(result.conflicts).toEqual([]);
        const merged = String(result.merged.notes).split('\n');
        expect(merged[i]).toBe(a);
        expect(merged[i + gap]).toBe(b);
      }),
      { numRuns: RUNS },
    );
  });

  it('loses nothing: every edited value is merged or in a conflict', () => {
    const scenario = doc.chain((base) =>
      fc.record({ base: fc.constant(base), ours: mutate(base), theirs: mutate(base) }),
    );
    fc.assert(
      fc.property(scenario, ({ base, ours, theirs }) => {
        const result = mergeThreeWay(base, ours, theirs);
        for (const [path, value] of edits(base, ours)) {
          expect(preserved(result, base, path, value, 'ours'), `ours ${path.join('.')}`).toBe(true);
        }
        for (const [path, value] of edits(base, theirs)) {
          expect(preserved(result, base, path, value, 'theirs'), `theirs ${path.join('.')}`).toBe(
            true,
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('is the identity for one-sided and identical edits', () => {
    const scenario = doc.chain((base) => fc.record({ base: fc.constant(base), x: mutate(base) }));
    fc.assert(
      fc.property(scenario, ({ base, x }) => {
        const same = mergeThreeWay(base, x, x);
        expect(same.conflicts).toEqual([]);
        expect(jsonEqual(same.merged, x)).toBe(true);
        const oneSided = mergeThreeWay(base, base, x);
        expect(oneSided.conflicts).toEqual([]);
        expect(jsonEqual(oneSided.merged, x)).toBe(true);
        expect(jsonEqual(mergeThreeWay(base, x, base).merged, x)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
