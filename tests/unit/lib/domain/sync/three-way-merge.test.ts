import { describe, expect, it } from 'vitest';
import type { JsonValue } from '$domain/sync/json-value';
import { latest, mergeText, mergeThreeWay } from '$domain/sync/three-way-merge';

const base = {
  _id: 'agenda-item:m1:1',
  _rev: '2-base',
  title: 'Úvod',
  notes: 'řádek 1\nřádek 2\nřádek 3\nřádek 4',
  n: 1,
  meta: { place: 'MěÚ', time: '14:00' },
  tags: ['a'],
  updatedAt: '2026-11-22T10:00:00.000Z',
};

describe('mergeThreeWay', () => {
  it('merges edits of different fields', () => {
    const ours = { ...base, _rev: '3-ours', title: 'Zahájení' };
    const theirs = { ...base, _rev: '3-theirs', n: 2 };
    const { merged, conflicts } = mergeThreeWay(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toMatchObject({ title: 'Zahájení', n: 2, _rev: '3-ours' });
  });

  it('merges nested objects key by key, and keys added on both sides', () => {
    const ours = { ...base, meta: { ...base.meta, place: 'Knihovna' }, extra: { a: 1 } };
    const theirs = { ...base, meta: { ...base.meta, time: '15:00' }, extra: { b: 2 } };
    const { merged, conflicts } = mergeThreeWay<Record<string, JsonValue>>(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.meta).toEqual({ place: 'Knihovna', time: '15:00' });
    expect(merged.extra).toEqual({ a: 1, b: 2 });
  });

  it('merges text line by line when the edits do not touch', () => {
    const ours = { ...base, notes: 'řádek 1 – Eva\nřádek 2\nřádek 3\nřádek 4' };
    const theirs = { ...base, notes: 'řádek 1\nřádek 2\nřádek 3\nřádek 4 – Petr\nřádek 5' };
    const { merged, conflicts } = mergeThreeWay(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.notes).toBe('řádek 1 – Eva\nřádek 2\nřádek 3\nřádek 4 – Petr\nřádek 5');
  });

  it('reports overlapping text edits as a conflict with all three versions', () => {
    const ours = { ...base, notes: 'řádek 1\nEva píše\nřádek 3\nřádek 4' };
    const theirs = { ...base, notes: 'řádek 1\nPetr píše\nřádek 3\nřádek 4' };
    const { merged, conflicts } = mergeThreeWay(base, ours, theirs);
    expect(conflicts).toEqual([
      { path: ['notes'], base: base.notes, ours: ours.notes, theirs: theirs.notes },
    ]);
    expect(merged.notes).toBe(ours.notes);
  });

  it('reports scalar, array and edit-versus-delete conflicts, never drops them', () => {
    const ours: Record<string, unknown> = { ...base, n: 2, tags: ['a', 'b'] };
    delete ours.title;
    const theirs = { ...base, n: 3, tags: ['c'], title: 'Jinak' };
    const { conflicts } = mergeThreeWay(base, ours as typeof base, theirs);
    expect(conflicts.map((c) => c.path.join('.')).sort()).toEqual(['n', 'tags', 'title']);
    expect(conflicts.find((c) => c.path[0] === 'title')).toMatchObject({
      ours: undefined,
      theirs: 'Jinak',
    });
  });

  it('takes the same change once, and a one-sided deletion', () => {
    const ours: Record<string, unknown> = { ...base, title: 'Stejně' };
    delete ours.tags;
    const theirs = { ...base, title: 'Stejně' };
    const { merged, conflicts } = mergeThreeWay(base, ours as typeof base, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.title).toBe('Stejně');
    expect('tags' in merged).toBe(false);
  });

  it('lets resolvers settle bookkeeping fields such as updatedAt', () => {
    const ours = { ...base, title: 'A', updatedAt: '2026-11-22T11:00:00.000Z' };
    const theirs = { ...base, n: 5, updatedAt: '2026-11-22T12:00:00.000Z' };
    const { merged, conflicts } = mergeThreeWay(base, ours, theirs, {
      resolvers: { updatedAt: latest },
    });
    expect(conflicts).toEqual([]);
    expect(merged.updatedAt).toBe('2026-11-22T12:00:00.000Z');
  });
});

describe('mergeText', () => {
  it('treats adjacent line edits as a conflict (diff3 semantics)', () => {
    expect(mergeText('a\nb\nc', 'A\nb\nc', 'a\nB\nc')).toBeUndefined();
    expect(mergeText('a\nb\nc', 'A\nb\nc', 'a\nb\nC')).toBe('A\nb\nC');
  });
});
