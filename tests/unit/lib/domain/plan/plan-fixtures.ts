/** Valid plan documents for tests (unit and integration); `extra` overrides any field. */
type Extra = Record<string, unknown>;

export const NOW = '2026-11-22T10:00:00.000Z';

export function authored(name: string) {
  return { createdBy: name, createdAt: NOW, updatedBy: name, updatedAt: NOW };
}

export function planDoc(orp: string, author: string, extra: Extra = {}) {
  return {
    _id: 'plan',
    type: 'plan',
    orp,
    fromYear: 2026,
    toYear: 2028,
    texts: { '2026': { title: 'Komunitní plán', vision: 'Dostupné služby pro všechny.' } },
    ...authored(author),
    ...extra,
  };
}

export function priorityDoc(code: string, author: string, extra: Extra = {}) {
  return {
    _id: `priority:${code}`,
    type: 'priority',
    number: code,
    order: 1,
    texts: { '2026': { title: `Priorita ${code}` } },
    ...authored(author),
    ...extra,
  };
}

export function measureDoc(code: string, author: string, extra: Extra = {}) {
  return {
    _id: `measure:${code}`,
    type: 'measure',
    priorityId: 'priority:1',
    number: code,
    status: 'approved',
    decidedBy: author,
    decidedAt: NOW,
    texts: { '2026': { title: `Opatření ${code}`, description: 'Popis opatření.' } },
    ...authored(author),
    ...extra,
  };
}

/** A measure as a working group proposes it. */
export function proposalDoc(code: string, author: string, group: string, extra: Extra = {}) {
  return {
    _id: `measure:${code}`,
    type: 'measure',
    priorityId: 'priority:1',
    number: code,
    status: 'proposed',
    proposedBy: author,
    proposedAt: NOW,
    proposedByGroup: group,
    texts: { '2026': { title: `Návrh ${code}` } },
    ...authored(author),
    ...extra,
  };
}

export function activityDoc(code: string, group: string, author: string, extra: Extra = {}) {
  return {
    _id: `activity:${code}`,
    type: 'activity',
    measureId: 'measure:1.1',
    number: code,
    group,
    responsibleOrganisation: 'Město',
    partners: [],
    targetGroups: ['seniori'],
    serviceIds: [],
    fundingSources: ['rozpočet města'],
    indicators: [{ id: 'klienti', name: 'Počet klientů', unit: 'osob', target: 100 }],
    timeline: { fromYear: 2026, toYear: 2028 },
    texts: { '2026': { title: `Aktivita ${code}`, description: 'Popis.' } },
    ...authored(author),
    ...extra,
  };
}

export function monitoringDoc(
  year: number,
  code: string,
  group: string,
  author: string,
  extra: Extra = {},
) {
  return {
    _id: `monitoring:${year}:${code}`,
    type: 'monitoring',
    activityId: `activity:${code}`,
    year,
    group,
    comment: '',
    indicatorValues: [],
    evidence: [],
    approved: false,
    ...authored(author),
    ...extra,
  };
}

export function actionDoc(
  year: number,
  code: string,
  group: string,
  author: string,
  extra: Extra = {},
) {
  return {
    _id: `action:${year}:${code}`,
    type: 'action-plan-item',
    activityId: `activity:${code}`,
    year,
    group,
    steps: [],
    responsible: '',
    approved: false,
    ...authored(author),
    ...extra,
  };
}

/** `doc` as re-saved by `name` (updatedBy moves, createdBy stays). */
export function editedBy<T extends Record<string, unknown>>(
  doc: T,
  name: string,
  extra: Extra = {},
) {
  return { ...doc, _rev: '1-a', updatedBy: name, updatedAt: NOW, ...extra };
}
