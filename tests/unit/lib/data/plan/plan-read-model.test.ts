import { describe, expect, it } from 'vitest';
import {
  activitiesOfService,
  buildPlanTree,
  filterPlanTree,
  myPlans,
  statusCounts,
  toPlanRow,
} from '$lib/data/plan-read-model';
import type { PlanDbDoc } from '$lib/domain/plan/plan.types';
import type { PlanningOrpDoc } from '$lib/domain/planning/planning.types';

const by = { createdBy: 'k', createdAt: 't', updatedBy: 'k', updatedAt: 't' };

function docs(): PlanDbDoc[] {
  const activity = (code: string, measure: string, group: string) => ({
    _id: `activity:${code}`,
    type: 'activity' as const,
    measureId: `measure:${measure}`,
    number: code,
    group,
    responsibleOrganisation: 'Město',
    partners: [],
    targetGroups: [],
    serviceIds: [],
    fundingSources: [],
    indicators: [],
    timeline: { fromYear: 2026, toYear: 2028 },
    texts: { '2026': { title: `A ${code}` } },
    ...by,
  });
  return [
    { _id: 'priority:2', type: 'priority', number: '2', order: 2, texts: {}, ...by },
    { _id: 'priority:1', type: 'priority', number: '1', order: 1, texts: {}, ...by },
    {
      _id: 'measure:1.10',
      type: 'measure',
      priorityId: 'priority:1',
      number: '1.10',
      status: 'approved',
      texts: {},
      ...by,
    },
    {
      _id: 'measure:1.2',
      type: 'measure',
      priorityId: 'priority:1',
      number: '1.2',
      status: 'approved',
      texts: {},
      ...by,
    },
    {
      _id: 'measure:navrh',
      type: 'measure',
      priorityId: 'priority:2',
      number: '2.1',
      status: 'proposed',
      texts: {},
      ...by,
    },
    activity('1.2.2', '1.2', 'seniori'),
    activity('1.2.1', '1.2', 'deti'),
    activity('1.10.1', '1.10', 'seniori'),
    {
      _id: 'monitoring:2026:1.2.1',
      type: 'monitoring',
      activityId: 'activity:1.2.1',
      year: 2026,
      group: 'deti',
      status: 'splneno',
      comment: '',
      indicatorValues: [],
      evidence: [],
      approved: false,
      ...by,
    },
    {
      _id: 'action:2027:1.2.1',
      type: 'action-plan-item',
      activityId: 'activity:1.2.1',
      year: 2027,
      group: 'deti',
      steps: [],
      responsible: 'x',
      approved: false,
      ...by,
    },
  ];
}

describe('plan tree', () => {
  it('orders priorities by order and measures and activities by their shown number', () => {
    const tree = buildPlanTree(docs());
    expect(tree.priorities.map((p) => p.doc._id)).toEqual(['priority:1', 'priority:2']);
    const measures = tree.priorities[0]?.measures ?? [];
    expect(measures.map((m) => m.doc.number)).toEqual(['1.2', '1.10']);
    expect(measures[0]?.activities.map((a) => a.doc.number)).toEqual(['1.2.1', '1.2.2']);
  });

  it('hangs monitoring and action-plan items on their activity by year', () => {
    const node = buildPlanTree(docs()).activities['activity:1.2.1'];
    expect(node?.monitoring[2026]?.status).toBe('splneno');
    expect(node?.actions[2027]?.responsible).toBe('x');
    expect(node?.monitoring[2027]).toBeUndefined();
  });

  it('filters by group and status for a year, dropping emptied measures and priorities', () => {
    const tree = buildPlanTree(docs());
    const seniori = filterPlanTree(tree, { year: 2026, group: 'seniori' });
    const numbers = seniori.flatMap((p) =>
      p.measures.flatMap((m) => m.activities.map((a) => a.doc.number)),
    );
    expect(numbers).toEqual(['1.2.2', '1.10.1']);
    const done = filterPlanTree(tree, { year: 2026, status: 'splneno' });
    expect(done.map((p) => p.measures.map((m) => m.doc.number))).toEqual([['1.2']]);
    const unfilled = filterPlanTree(tree, { year: 2026, status: 'none' });
    expect(unfilled[0]?.measures.flatMap((m) => m.activities.map((a) => a.doc.number))).toEqual([
      '1.2.2',
      '1.10.1',
    ]);
    expect(filterPlanTree(tree, { year: 2027, status: 'splneno' })).toEqual([]);
  });

  it('shows proposed measures only when asked', () => {
    const tree = buildPlanTree(docs());
    expect(filterPlanTree(tree, { year: 2026 })[1]?.measures).toEqual([]);
    const all = filterPlanTree(tree, { year: 2026, allMeasures: true });
    expect(all[1]?.measures.map((m) => m.doc.status)).toEqual(['proposed']);
  });

  it('counts statuses of a year, unfilled as none', () => {
    const tree = buildPlanTree(docs());
    const counts = statusCounts(Object.values(tree.activities), 2026);
    expect(counts.splneno).toBe(1);
    expect(counts.none).toBe(2);
  });
});

describe('plan rows and plans from roles', () => {
  it('indexes yearly documents and activities by activity id', () => {
    const row = toPlanRow('orp-ck-plan', {
      id: 'monitoring:2026:1',
      deleted: false,
      doc: { _id: 'monitoring:2026:1', type: 'monitoring', activityId: 'activity:1' },
    });
    expect(row).toMatchObject({ key: 'orp-ck-plan|monitoring:2026:1', activityId: 'activity:1' });
    const activity = toPlanRow('orp-ck-plan', {
      id: 'activity:1',
      deleted: false,
      doc: { _id: 'activity:1', type: 'activity', _conflicts: ['2-x'] },
    });
    expect(activity).toMatchObject({ activityId: 'activity:1', conflicted: true });
    expect(toPlanRow('orp-ck-plan', { id: 'activity:1', deleted: true })).toBeUndefined();
  });

  it('opens one plan per ORP of any ORP role, with groups and the coordinator flag', () => {
    const known = [{ orp: 'ck', name: 'Český Krumlov' }] as PlanningOrpDoc[];
    const plans = myPlans(
      ['orp:ck:member', 'orp:ck:group:seniori', 'orp:tb:coordinator', 'catalog:editor'],
      known,
    );
    expect(plans).toEqual([
      {
        db: 'orp-ck-plan',
        orp: 'ck',
        name: 'Český Krumlov',
        coordinator: false,
        groups: ['seniori'],
      },
      { db: 'orp-tb-plan', orp: 'tb', name: 'tb', coordinator: true, groups: [] },
    ]);
    expect(myPlans(['catalog:editor'], known)).toEqual([]);
  });
});

describe('activities of a catalogue service', () => {
  const row = (db: string, doc: Record<string, unknown>) =>
    toPlanRow(db, { id: doc._id as string, deleted: false, doc: doc as never })!;

  it('lists the activities naming the service, across plans, by ORP and activity number', () => {
    const rows = [
      row('orp-dacice-plan', {
        _id: 'activity:2.1',
        type: 'activity',
        number: '2.1',
        serviceIds: ['service:a'],
      }),
      row('orp-ckrumlov-plan', {
        _id: 'activity:1.10',
        type: 'activity',
        number: '1.10',
        serviceIds: ['service:b', 'service:a'],
      }),
      row('orp-ckrumlov-plan', {
        _id: 'activity:1.2',
        type: 'activity',
        number: '1.2',
        serviceIds: ['service:a'],
      }),
      row('orp-ckrumlov-plan', {
        _id: 'activity:1.3',
        type: 'activity',
        number: '1.3',
        serviceIds: ['service:b'],
      }),
      // Monitoring of a listed activity is not an activity.
      row('orp-ckrumlov-plan', {
        _id: 'monitoring:2026:1.2',
        type: 'monitoring',
        activityId: 'activity:1.2',
        serviceIds: ['service:a'],
      }),
    ];
    expect(
      activitiesOfService(rows, 'service:a').map((f) => `${f.orp} ${f.activity.number}`),
    ).toEqual(['ckrumlov 1.2', 'ckrumlov 1.10', 'dacice 2.1']);
    expect(activitiesOfService(rows, 'service:none')).toEqual([]);
  });

  it('ignores an activity without service ids (an older or malformed document)', () => {
    const rows = [row('orp-ckrumlov-plan', { _id: 'activity:1', type: 'activity', number: '1' })];
    expect(activitiesOfService(rows, 'service:a')).toEqual([]);
  });
});
