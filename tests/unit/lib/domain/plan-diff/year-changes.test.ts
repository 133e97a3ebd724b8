import { describe, expect, it } from 'vitest';
import { yearChanges } from '$domain/plan-diff/year-changes';
import { activity, measure, node, priority, sampleOutline } from './outline-fixtures';

describe('yearChanges', () => {
  it('lists the vision, changed activity texts and monitoring comments, grouped by priority and measure', () => {
    const changes = yearChanges(sampleOutline(), 2026);
    expect(changes.plan?.changes.map((c) => c.field)).toEqual(['vision']);
    expect(changes.plan?.changes[0]).toMatchObject({
      before: 'Dostupné služby pro všechny.',
      after: 'Dostupné a provázané služby pro všechny obyvatele.',
      kind: 'changed',
    });
    expect(changes.priorities.map((p) => p.priority.number)).toEqual(['1', '2']);
    const [p1, p2] = changes.priorities;
    expect(p1!.priority.changes).toEqual([]);
    expect(p1!.measures.map((m) => m.measure.number)).toEqual(['1.1']);
    const a111 = p1!.measures[0]!.activities[0]!;
    expect(a111.number).toBe('1.1.1');
    expect(a111.title).toBe('Pečovatelská služba');
    expect(a111.changes).toEqual([
      {
        field: 'description',
        before: 'Rozšířit o víkendy.',
        after: 'Rozšířit o víkendy a svátky.',
        kind: 'changed',
      },
      {
        field: 'comment',
        before: 'Splněno v Kaplici.',
        after: 'Plní se v Kaplici i ve Frymburku.',
        kind: 'changed',
      },
    ]);
    // 2.1.1 is new in 2026: both its texts are added.
    const a211 = p2!.measures[0]!.activities[0]!;
    expect(a211.changes.map((c) => [c.field, c.kind])).toEqual([
      ['title', 'added'],
      ['description', 'added'],
    ]);
    expect(changes.count).toBe(1 + 2 + 2);
  });

  it('leaves out proposed and rejected measures and unchanged activities', () => {
    const changes = yearChanges(sampleOutline(), 2026);
    const numbers = changes.priorities.flatMap((p) =>
      p.measures.flatMap((m) => [m.measure.number, ...m.activities.map((a) => a.number)]),
    );
    expect(numbers).not.toContain('1.2');
    expect(numbers).not.toContain('1.2.1');
    expect(numbers).not.toContain('1.1.2');
    expect(numbers).not.toContain('2.1.2');
  });

  it('a year with no new wording and no monitoring filled in has no changes', () => {
    // 2027 inherits every 2026 text and its monitoring is not opened yet: last year's comments
    // are not shown as dropped.
    expect(yearChanges(sampleOutline(), 2027)).toEqual({
      year: 2027,
      from: 2026,
      priorities: [],
      count: 0,
    });
  });

  it("compares monitoring comments once this year's monitoring is filled in", () => {
    const outline = sampleOutline();
    const a = outline.priorities[0]!.measures[0]!.activities[0]!;
    const { status: _none, ...opened } = a.monitoring[2026]!;
    a.monitoring[2027] = { ...opened, year: 2027, comment: '' };
    expect(yearChanges(outline, 2027).count).toBe(0);
    a.monitoring[2027] = { ...opened, year: 2027, comment: '', status: 'nesplneno' };
    const changes = yearChanges(outline, 2027);
    const fields = changes.priorities.flatMap((p) =>
      p.measures.flatMap((m) =>
        m.activities.flatMap((x) => x.changes.map((c) => [x.number, c.field, c.kind])),
      ),
    );
    expect(fields).toEqual([['1.1.1', 'comment', 'removed']]);
  });

  it("an emptied text shows as removed and the node keeps last year's title", () => {
    const outline = {
      priorities: [
        {
          doc: priority('1', {
            '2025': { title: 'Priorita', description: 'Popis' },
            '2026': { description: '' },
          }),
          measures: [
            {
              doc: measure('1.1', '1', { '2025': { title: 'Staré' }, '2026': { title: '' } }),
              activities: [node(activity('1.1.1', { '2025': { title: 'A' } }))],
            },
          ],
        },
      ],
    };
    const changes = yearChanges(outline, 2026);
    const p = changes.priorities[0]!;
    expect(p.priority.changes).toEqual([
      { field: 'description', before: 'Popis', after: '', kind: 'removed' },
    ]);
    expect(p.measures[0]!.measure.title).toBe('Staré');
    expect(p.measures[0]!.measure.changes[0]!.kind).toBe('removed');
    expect(changes.count).toBe(2);
  });

  it('an empty plan has no changes', () => {
    expect(yearChanges({ priorities: [] }, 2026)).toEqual({
      year: 2026,
      from: 2025,
      priorities: [],
      count: 0,
    });
  });

  it('compares across two years when one round updates the texts for two action plans', () => {
    const outline = sampleOutline();
    const a = outline.priorities[0]!.measures[0]!.activities[0]!;
    a.doc.texts['2027'] = { description: 'Rozšířit o víkendy, svátky a noci.' };
    const changes = yearChanges(outline, 2027, 2025);
    expect(changes.from).toBe(2025);
    const a111 = changes.priorities[0]!.measures[0]!.activities[0]!;
    // 2025's wording against 2027's, skipping 2026's; no monitoring comment (2027 not monitored).
    expect(a111.changes).toEqual([
      {
        field: 'description',
        before: 'Rozšířit o víkendy.',
        after: 'Rozšířit o víkendy, svátky a noci.',
        kind: 'changed',
      },
    ]);
    // One year at a time it would be 2026 → 2027.
    expect(
      yearChanges(outline, 2027).priorities[0]!.measures[0]!.activities[0]!.changes[0],
    ).toMatchObject({
      before: 'Rozšířit o víkendy a svátky.',
    });
  });
});
