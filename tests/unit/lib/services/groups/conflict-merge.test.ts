import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  commonAncestor,
  differingFields,
  planMerge,
  type Leaf,
} from '$lib/services/conflict-merge.service';

const base = {
  _id: 'agenda-item:k:1',
  type: 'agenda-item',
  title: 'Diskuse',
  notes: 'a\nb\nc',
  updatedBy: 'jana',
  updatedAt: '2031-01-01T10:00:00.000Z',
};

function leaf(rev: string, patch: Record<string, string>): Leaf {
  return { ...base, ...patch, _rev: rev } as Leaf;
}

describe('commonAncestor', () => {
  it('finds the newest revision both histories share', () => {
    // 3-x and 3-y both descend from 2-b, which descends from 1-a.
    expect(
      commonAncestor({ start: 3, ids: ['x', 'b', 'a'] }, { start: 3, ids: ['y', 'b', 'a'] }),
    ).toBe('2-b');
  });

  it('handles branches of different depth', () => {
    expect(
      commonAncestor({ start: 5, ids: ['e', 'd', 'c', 'b'] }, { start: 3, ids: ['z', 'b', 'a'] }),
    ).toBe('2-b');
  });

  it('is undefined when the histories share nothing (pruned or created twice)', () => {
    expect(commonAncestor({ start: 1, ids: ['a'] }, { start: 1, ids: ['b'] })).toBeUndefined();
  });
});

describe('planMerge', () => {
  it('merges edits on different lines cleanly and lists the losers to delete', () => {
    const plan = planMerge(
      leaf('3-x', {
        notes: 'a – Jana\nb\nc',
        updatedBy: 'jana',
        updatedAt: '2031-01-01T11:00:00.000Z',
      }),
      [
        leaf('3-y', {
          notes: 'a\nb\nc – Petr',
          updatedBy: 'petr',
          updatedAt: '2031-01-01T11:05:00.000Z',
        }),
      ],
      [base],
    );
    expect(plan).toMatchObject({ kind: 'merged', losers: ['3-y'] });
    if (plan.kind !== 'merged') return;
    expect(plan.doc.notes).toBe('a – Jana\nb\nc – Petr');
    expect(plan.doc.updatedAt).toBe('2031-01-01T11:05:00.000Z');
    expect(plan.doc._rev).toBeUndefined();
  });

  it('asks a person when the same line changed on both sides', () => {
    const plan = planMerge(
      leaf('3-x', { notes: 'a\nb Jana\nc' }),
      [leaf('3-y', { notes: 'a\nb Petr\nc' })],
      [base],
    );
    expect(plan.kind).toBe('manual');
    if (plan.kind !== 'manual') return;
    expect(plan.conflicts.map((c) => c.path)).toEqual([['notes']]);
    expect(plan.noBase).toBe(false);
  });

  it('without an ancestor body only identical content merges', () => {
    expect(planMerge(leaf('3-x', {}), [leaf('3-y', { updatedBy: 'petr' })], [null]).kind).toBe(
      'merged',
    );
    const plan = planMerge(leaf('3-x', { notes: 'x' }), [leaf('3-y', { notes: 'y' })], [null]);
    expect(plan).toMatchObject({ kind: 'manual', noBase: true });
  });

  it('never drops a line added on either side (property)', () => {
    const line = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(
      fc.property(fc.array(line, { minLength: 3, maxLength: 8 }), line, line, (lines, x, y) => {
        const original = lines.join('\n');
        const ours = [`${x}!`, ...lines].join('\n');
        const theirs = [...lines, `${y}?`].join('\n');
        const plan = planMerge(
          leaf('2-x', { notes: ours }),
          [leaf('2-y', { notes: theirs })],
          [{ ...base, notes: original }],
        );
        if (plan.kind === 'merged') {
          expect(String(plan.doc.notes)).toContain(`${x}!`);
          expect(String(plan.doc.notes)).toContain(`${y}?`);
        } else {
          expect(plan.conflicts.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('differingFields', () => {
  it('lists content fields that differ, not bookkeeping or authorship', () => {
    expect(
      differingFields([
        leaf('3-x', { notes: 'x', updatedBy: 'jana' }),
        leaf('3-y', { notes: 'y', updatedBy: 'petr' }),
      ]),
    ).toEqual(['notes']);
  });
});
