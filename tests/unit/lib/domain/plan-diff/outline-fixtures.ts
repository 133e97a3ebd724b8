/** A small plan outline for the change view and report tests (two priorities, three activities). */
import type {
  ActionPlanItemDoc,
  ActivityDoc,
  MeasureDoc,
  MonitoringDoc,
  PlanDoc,
  PriorityDoc,
} from '$domain/plan/plan.types';
import type { OutlineActivity, PlanOutline } from '$domain/plan-diff/plan-outline.types';

const by = {
  createdBy: 'jana',
  createdAt: '2026-01-10T10:00:00.000Z',
  updatedBy: 'jana',
  updatedAt: '2026-01-10T10:00:00.000Z',
};

export const plan: PlanDoc = {
  _id: 'plan',
  type: 'plan',
  orp: 'ckrumlov',
  fromYear: 2025,
  toYear: 2027,
  projectNumber: 'CZ.03.2.63/0.0/0.0/16_063/0006533',
  texts: {
    '2025': { title: 'Komunitní plán ORP Český Krumlov', vision: 'Dostupné služby pro všechny.' },
    '2026': { vision: 'Dostupné a provázané služby pro všechny obyvatele.' },
  },
  ...by,
};

export function priority(code: string, texts: PriorityDoc['texts'], order = 1): PriorityDoc {
  return { _id: `priority:${code}`, type: 'priority', number: code, order, texts, ...by };
}

export function measure(
  code: string,
  priorityCode: string,
  texts: MeasureDoc['texts'],
  status: MeasureDoc['status'] = 'approved',
): MeasureDoc {
  return {
    _id: `measure:${code}`,
    type: 'measure',
    priorityId: `priority:${priorityCode}`,
    number: code,
    status,
    texts,
    ...by,
  };
}

export function activity(code: string, texts: ActivityDoc['texts']): ActivityDoc {
  return {
    _id: `activity:${code}`,
    type: 'activity',
    measureId: `measure:${code.split('.').slice(0, 2).join('.')}`,
    number: code,
    group: 'seniori',
    responsibleOrganisation: 'Město Český Krumlov',
    partners: [],
    targetGroups: ['seniori'],
    serviceIds: [],
    fundingSources: ['rozpočet města'],
    indicators: [
      { id: 'klienti', name: 'Počet klientů', unit: 'osob', target: 40 },
      { id: 'hodiny', name: 'Hodiny péče', unit: 'hodin', target: 1200 },
    ],
    timeline: { fromYear: 2025, toYear: 2027 },
    texts,
    ...by,
  };
}

export function monitoring(
  year: number,
  code: string,
  extra: Partial<MonitoringDoc> = {},
): MonitoringDoc {
  return {
    _id: `monitoring:${year}:${code}`,
    type: 'monitoring',
    activityId: `activity:${code}`,
    year,
    group: 'seniori',
    comment: '',
    indicatorValues: [],
    evidence: [],
    approved: false,
    ...extra,
    ...by,
  };
}

export function action(
  year: number,
  code: string,
  extra: Partial<ActionPlanItemDoc> = {},
): ActionPlanItemDoc {
  return {
    _id: `action:${year}:${code}`,
    type: 'action-plan-item',
    activityId: `activity:${code}`,
    year,
    group: 'seniori',
    steps: [],
    responsible: 'Odbor sociálních věcí',
    approved: false,
    ...extra,
    ...by,
  };
}

export function node(
  doc: ActivityDoc,
  monitorings: MonitoringDoc[] = [],
  actions: ActionPlanItemDoc[] = [],
): OutlineActivity {
  return {
    doc,
    monitoring: Object.fromEntries(monitorings.map((m) => [m.year, m])),
    actions: Object.fromEntries(actions.map((a) => [a.year, a])),
  };
}

/**
 * 2026 against 2025: the vision was rewritten, activity 1.1.1 got a new description and a
 * different monitoring comment, activity 2.1.1 is new in 2026, priority 2's title is unchanged.
 * Measure 1.2 is only proposed (not part of the plan).
 */
export function sampleOutline(): PlanOutline {
  return {
    plan,
    priorities: [
      {
        doc: priority('1', { '2025': { title: 'Senioři a osoby se zdravotním postižením' } }),
        measures: [
          {
            doc: measure('1.1', '1', { '2025': { title: 'Terénní péče', description: 'Rozvoj.' } }),
            activities: [
              node(
                activity('1.1.1', {
                  '2025': { title: 'Pečovatelská služba', description: 'Rozšířit o víkendy.' },
                  '2026': { description: 'Rozšířit o víkendy a svátky.' },
                }),
                [
                  monitoring(2025, '1.1.1', { status: 'splneno', comment: 'Splněno v Kaplici.' }),
                  monitoring(2026, '1.1.1', {
                    status: 'plni-se-prubezne',
                    comment: 'Plní se v Kaplici i ve Frymburku.',
                    indicatorValues: [{ indicatorId: 'klienti', value: 32 }],
                  }),
                ],
                [
                  action(2027, '1.1.1', {
                    steps: ['Najmout pečovatelku', 'Zajistit auto'],
                    budget: { amount: 450_000, fundingSource: 'dotace MPSV' },
                    deadline: '2027-06-30',
                  }),
                ],
              ),
              node(activity('1.1.2', { '2025': { title: 'Odlehčovací služba' } }), [
                monitoring(2026, '1.1.2', { status: 'nesplneno' }),
              ]),
            ],
          },
          {
            doc: measure('1.2', '1', { '2026': { title: 'Návrh: sdílené auto' } }, 'proposed'),
            activities: [
              node(activity('1.2.1', { '2026': { title: 'Nezapočítaná' } }), [
                monitoring(2026, '1.2.1', { status: 'splneno' }),
              ]),
            ],
          },
        ],
      },
      {
        doc: priority('2', { '2025': { title: 'Rodiny s dětmi' } }, 2),
        measures: [
          {
            doc: measure('2.1', '2', { '2025': { title: 'Sociálně aktivizační služby' } }),
            activities: [
              node(
                activity('2.1.1', {
                  '2026': { title: 'Klub pro rodiče', description: 'Nový klub.' },
                }),
                [monitoring(2026, '2.1.1', { status: 'splneno' })],
                [
                  action(2027, '2.1.1', {
                    budget: { amount: 50_000, fundingSource: 'rozpočet města' },
                  }),
                  action(2026, '2.1.1', { budget: { amount: 9_999, fundingSource: 'jiný rok' } }),
                ],
              ),
              node(activity('2.1.2', { '2025': { title: 'Bez monitoringu' } })),
            ],
          },
        ],
      },
    ],
  };
}
