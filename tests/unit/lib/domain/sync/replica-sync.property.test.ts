/**
 * Random concurrent edits on three PouchDB replicas (pouchdb-node, LevelDB in a temp dir) with
 * random one-way syncs in random order. After everything syncs, every edit that nobody knowingly
 * overwrote is in the winning revision or in a conflicting leaf, and folding the leaves with
 * mergeThreeWay (against their common ancestor where a replica still has its body) keeps it in
 * `merged` or in a reported conflict. The app's sync layer will use exactly this fold.
 *
 * LevelDB makes each case cost milliseconds, so the default is a few hundred cases; set
 * PROPERTY_RUNS=3000 for a long run.
 */
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PouchDB from 'pouchdb-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '$domain/sync/json-value';
import { mergeThreeWay, type MergeConflict } from '$domain/sync/three-way-merge';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const REPLICAS = 3;
const SCALARS = ['title', 'status'] as const;

type Op =
  | { kind: 'edit'; r: number; field: 'title' | 'status' }
  | { kind: 'note'; r: number; replaceLine: number | null }
  | { kind: 'sync'; from: number; to: number };

const replica = fc.integer({ min: 0, max: REPLICAS - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), r: replica, field: fc.constantFrom(...SCALARS) }),
  fc.record({
    kind: fc.constant('note' as const),
    r: replica,
    replaceLine: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant('sync' as const), from: replica, to: replica }),
);

interface Doc {
  _id: string;
  title: string;
  status: string;
  notes: string;
}

type Leaf = Doc & { _rev: string; _revisions?: { start: number; ids: string[] } };

/** The editable fields of a stored revision, for the next put. */
function fields(doc: Doc & { _rev: string }): Doc & { _rev: string } {
  return { _id: doc._id, _rev: doc._rev, title: doc.title, status: doc.status, notes: doc.notes };
}

type Db = PouchDB.Database<Doc>;

describe('three replicas, random edits and sync orders', () => {
  let dir: string;
  let dbs: Db[];
  let counter = 0;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rozcestnik-replicas-'));
    dbs = Array.from({ length: REPLICAS }, (_, i) => new PouchDB<Doc>(path.join(dir, `r${i}`)));
  });

  afterAll(async () => {
    await Promise.all((dbs ?? []).map((db) => db.close()));
    await rm(dir, { recursive: true, force: true });
  });

  async function leaves(db: Db, id: string): Promise<Leaf[]> {
    const results = await db.get(id, { open_revs: 'all', revs: true });
    return results.flatMap((r) => {
      const leaf = 'ok' in r ? (r.ok as unknown as Leaf & { _deleted?: boolean }) : undefined;
      return leaf && !leaf._deleted ? [leaf] : [];
    });
  }

  function history(doc: { _revisions?: { start: number; ids: string[] } }): string[] {
    const revs = doc._revisions;
    return revs ? revs.ids.map((hash, i) => `${revs.start - i}-${hash}`) : [];
  }

  async function bodyOf(id: string, rev: string): Promise<JsonObject | undefined> {
    for (const db of dbs) {
      try {
        return (await db.get(id, { rev })) as unknown as JsonObject;
      } catch {
        // Replication moves leaf bodies only; another replica may still have this one.
      }
    }
    return undefined;
  }

  function strip(doc: object): JsonObject {
    const copy = { ...doc } as JsonObject;
    for (const key of ['_rev', '_revisions', '_conflicts']) delete copy[key];
    return copy;
  }

  it('keeps every edit in the winner or in a conflict shown to a person', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const id = `doc-${++counter}`;
        const lines = ['a', 'b', 'c', 'd'];
        await dbs[0]!.put({ _id: id, title: 'base', status: 'draft', notes: lines.join('\n') });
        for (let i = 1; i < REPLICAS; i++) await dbs[0]!.replicate.to(dbs[i]!);

        const edits: string[] = [];
        const superseded = new Set<string>();
        for (const step of ops) {
          if (step.kind === 'sync') {
            if (step.from !== step.to) await dbs[step.from]!.replicate.to(dbs[step.to]!);
            continue;
          }
          const db = dbs[step.r]!;
          const current = await db.get(id);
          const token = `e${edits.length}r${step.r}`;
          edits.push(token);
          if (step.kind === 'edit') {
            superseded.add(current[step.field]); // the editor saw it and replaced it
            await db.put({ ...fields(current), [step.field]: token });
          } else {
            const noteLines = current.notes.split('\n');
            if (step.replaceLine !== null && step.replaceLine < noteLines.length) {
              superseded.add(noteLines[step.replaceLine]!);
              noteLines[step.replaceLine] = token;
            } else noteLines.push(token);
            await db.put({ ...fields(current), notes: noteLines.join('\n') });
          }
        }
        for (let round = 0; round < 2; round++) {
          for (let a = 0; a < REPLICAS; a++)
            for (let b = 0; b < REPLICAS; b++) if (a !== b) await dbs[a]!.replicate.to(dbs[b]!);
        }

        // Every replica agrees on the winner and on the leaves.
        const winners = await Promise.all(dbs.map((db) => db.get(id, { conflicts: true })));
        expect(new Set(winners.map((w) => w._rev)).size).toBe(1);
        const winner = winners[0]!;
        const all = await leaves(dbs[0]!, id);
        expect(all).toHaveLength(1 + (winner._conflicts?.length ?? 0));

        // Fold the conflicting leaves into the winner, as the app will.
        const winnerLeaf = all.find((l) => l._rev === winner._rev)!;
        let merged = strip(winnerLeaf);
        const conflicts: MergeConflict[] = [];
        for (const leaf of all.filter((l) => l._rev !== winner._rev)) {
          const mine = history(winnerLeaf);
          const ancestorRev = history(leaf).find((rev) => mine.includes(rev));
          const base = (ancestorRev && (await bodyOf(id, ancestorRev))) || { _id: id };
          const result = mergeThreeWay(strip(base), merged, strip(leaf));
          merged = result.merged;
          conflicts.push(...result.conflicts);
        }

        const values = (v: JsonValue | undefined): string[] =>
          typeof v === 'string' ? v.split('\n') : [];
        const kept = new Set<string>([
          ...Object.values(merged).flatMap(values),
          ...conflicts.flatMap((c) => [...values(c.ours), ...values(c.theirs)]),
        ]);
        for (const token of edits) {
          if (superseded.has(token)) continue;
          expect(kept.has(token), `${token} lost after ${JSON.stringify(ops)}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
