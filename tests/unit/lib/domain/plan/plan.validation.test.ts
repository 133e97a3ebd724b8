import { describe, expect, it } from 'vitest';
import { validatePlanUpdate } from '$domain/plan/plan.validation';
import type { AnyDoc, UserCtx } from '$domain/validation/validation.types';
import {
  actionDoc,
  activityDoc,
  editedBy,
  measureDoc,
  monitoringDoc,
  planDoc,
  priorityDoc,
  proposalDoc,
} from './plan-fixtures';

const db = 'orp-ck-plan';
const coordinator: UserCtx = { name: 'koord', roles: ['orp:ck:coordinator'], db };
const memberA: UserCtx = { name: 'anna', roles: ['orp:ck:group:seniori', 'orp:ck:member'], db };
const memberB: UserCtx = { name: 'bert', roles: ['orp:ck:group:rodina', 'orp:ck:member'], db };
const outsider: UserCtx = { name: 'olga', roles: ['orp:dacice:group:seniori'], db };
const otherCoordinator: UserCtx = { name: 'ota', roles: ['orp:dacice:coordinator'], db };
const admin: UserCtx = { name: 'admin', roles: ['_admin'], db };
const anonymous: UserCtx = { name: null, roles: [], db };

function check(doc: Record<string, unknown>, old: Record<string, unknown> | null, who: UserCtx) {
  return validatePlanUpdate(doc as AnyDoc, old as AnyDoc | null, who);
}

describe('plan validation: structure is the coordinator’s', () => {
  const docs = (name: string) => [
    planDoc('ck', name),
    priorityDoc('1', name),
    measureDoc('1.1', name),
    activityDoc('1.1.1', 'seniori', name),
  ];

  it('lets the coordinator and admins write plan, priorities, measures and activities', () => {
    for (const doc of docs('koord')) expect(check(doc, null, coordinator)).toEqual({ ok: true });
    for (const doc of docs('admin')) expect(check(doc, null, admin).ok).toBe(true);
  });

  it('refuses group members, other ORPs and anonymous users', () => {
    for (const doc of docs('anna')) expect(check(doc, null, memberA).ok).toBe(false);
    for (const doc of docs('olga')) expect(check(doc, null, outsider).ok).toBe(false);
    for (const doc of docs('ota')) expect(check(doc, null, otherCoordinator).ok).toBe(false);
    expect(check(docs('x')[0]!, null, anonymous)).toMatchObject({ kind: 'unauthorized' });
  });

  it('binds authorship to the signed-in user', () => {
    expect(check(priorityDoc('1', 'someone'), null, coordinator).ok).toBe(false);
    const old = priorityDoc('1', 'koord');
    expect(check(editedBy(old, 'koord', { createdBy: 'x' }), old, coordinator).ok).toBe(false);
  });

  it('keeps design documents for admins', () => {
    expect(check({ _id: '_design/x' }, null, coordinator).ok).toBe(false);
    expect(check({ _id: '_design/x' }, null, admin).ok).toBe(true);
  });
});

describe('plan validation: proposing measures', () => {
  const proposal = proposalDoc('1.9', 'anna', 'seniori');

  it('lets a member propose for their own group only', () => {
    expect(check(proposal, null, memberA)).toEqual({ ok: true });
    expect(check(proposalDoc('1.9', 'anna', 'rodina'), null, memberA).ok).toBe(false);
    expect(check({ ...proposal, proposedBy: 'bert' }, null, memberA).ok).toBe(false);
    expect(check({ ...proposal, status: 'approved' }, null, memberA).ok).toBe(false);
  });

  it('lets the proposing group edit or withdraw the proposal while it is proposed', () => {
    const edited = editedBy(proposal, 'anna', { texts: { '2026': { title: 'Nový název' } } });
    expect(check(edited, proposal, memberA).ok).toBe(true);
    expect(check({ _id: proposal._id, _deleted: true }, proposal, memberA).ok).toBe(true);
    expect(check(editedBy(proposal, 'bert'), proposal, memberB).ok).toBe(false);
  });

  it('lets only the coordinator approve or reject, signed with name and time', () => {
    const approve = (name: string) =>
      editedBy(proposal, name, {
        status: 'approved',
        decidedBy: name,
        decidedAt: proposal.proposedAt,
      });
    expect(check(approve('koord'), proposal, coordinator)).toEqual({ ok: true });
    expect(check(approve('anna'), proposal, memberA).ok).toBe(false);
    expect(check({ ...approve('koord'), decidedBy: 'anna' }, proposal, coordinator).ok).toBe(false);
    expect(check({ ...approve('koord'), decidedAt: undefined }, proposal, coordinator).ok).toBe(
      false,
    );
    const reject = editedBy(proposal, 'koord', {
      status: 'rejected',
      decidedBy: 'koord',
      decidedAt: proposal.proposedAt,
      decisionNote: 'Duplicitní s 1.2',
    });
    expect(check(reject, proposal, coordinator).ok).toBe(true);
  });

  it('keeps the record of who proposed it and freezes decided measures for members', () => {
    const approved = editedBy(proposal, 'koord', {
      status: 'approved',
      decidedBy: 'koord',
      decidedAt: proposal.proposedAt,
    });
    expect(check({ ...approved, proposedBy: 'koord' }, proposal, coordinator).ok).toBe(false);
    expect(check(editedBy(approved, 'anna'), approved, memberA).ok).toBe(false);
    expect(check({ _id: approved._id, _deleted: true }, approved, memberA).ok).toBe(false);
  });
});

describe('plan validation: monitoring and action plan', () => {
  const opened = monitoringDoc(2026, '1.1.1', 'seniori', 'koord');

  it('lets only the coordinator open (create) or delete them', () => {
    expect(check(opened, null, coordinator).ok).toBe(true);
    expect(check(monitoringDoc(2026, '1.1.1', 'seniori', 'anna'), null, memberA).ok).toBe(false);
    expect(check(actionDoc(2027, '1.1.1', 'seniori', 'anna'), null, memberA).ok).toBe(false);
    expect(check({ _id: opened._id, _deleted: true }, opened, memberA).ok).toBe(false);
  });

  it('lets the owning group fill them in, not another group', () => {
    const filled = editedBy(opened, 'anna', {
      status: 'plni-se-prubezne',
      comment: 'Kapacita zachována.',
      indicatorValues: [{ indicatorId: 'klienti', value: 85 }],
      evidence: [
        { kind: 'link', url: 'https://example.org/zprava', label: 'Výroční zpráva' },
        { kind: 'survey', db: 'orp-ck-surveys', ref: 'survey:ab12cd34', label: 'Anketa: 120' },
      ],
    });
    expect(check(filled, opened, memberA)).toEqual({ ok: true });
    expect(check(editedBy(opened, 'bert', { comment: 'x' }), opened, memberB).ok).toBe(false);
    expect(check(editedBy(opened, 'olga', { comment: 'x' }), opened, outsider).ok).toBe(false);
    const action = actionDoc(2027, '1.1.1', 'seniori', 'koord');
    const planned = editedBy(action, 'anna', {
      steps: ['Jednání s krajem'],
      budget: { amount: 250000, fundingSource: 'dotace kraje' },
      responsible: 'Charita',
      deadline: '2027-06-30',
    });
    expect(check(planned, action, memberA).ok).toBe(true);
    expect(check(editedBy(action, 'bert'), action, memberB).ok).toBe(false);
  });

  it('does not let a member move a document to their group or approve it', () => {
    const ofB = monitoringDoc(2026, '2.1.1', 'rodina', 'koord');
    expect(check(editedBy(ofB, 'anna', { group: 'seniori' }), ofB, memberA).ok).toBe(false);
    expect(check(editedBy(opened, 'anna', { group: 'rodina' }), opened, memberA).ok).toBe(false);
    const selfApproved = editedBy(opened, 'anna', {
      status: 'splneno',
      approved: true,
      approvedBy: 'anna',
      approvedAt: opened.createdAt,
    });
    expect(check(selfApproved, opened, memberA).ok).toBe(false);
  });

  it('locks approved monitoring: only the coordinator edits or reopens it', () => {
    const approved = editedBy(opened, 'koord', {
      status: 'splneno',
      approved: true,
      approvedBy: 'koord',
      approvedAt: opened.createdAt,
    });
    expect(check(approved, opened, coordinator)).toEqual({ ok: true });
    expect(check({ ...approved, approvedBy: 'anna' }, opened, coordinator).ok).toBe(false);
    expect(check({ ...approved, status: undefined }, opened, coordinator).ok).toBe(false);
    expect(check(editedBy(approved, 'anna', { comment: 'x' }), approved, memberA).ok).toBe(false);
    const reopened = editedBy(approved, 'anna', {
      approved: false,
      approvedBy: undefined,
      approvedAt: undefined,
    });
    expect(check(reopened, approved, memberA).ok).toBe(false);
    expect(check({ ...reopened, updatedBy: 'koord' }, approved, coordinator).ok).toBe(true);
  });
});

describe('plan validation: shape', () => {
  const bad: [string, Record<string, unknown>][] = [
    ['a plan of another ORP', planDoc('dacice', 'koord')],
    ['a period backwards', planDoc('ck', 'koord', { fromYear: 2028, toYear: 2026 })],
    ['texts not by year', priorityDoc('1', 'koord', { texts: { loni: { title: 'x' } } })],
    [
      'an unknown text field',
      priorityDoc('1', 'koord', { texts: { '2026': { title: 'x', foo: 'y' } } }),
    ],
    ['no title', priorityDoc('1', 'koord', { texts: { '2026': { description: 'x' } } })],
    ['a bad number', priorityDoc('1', 'koord', { number: '1..2' })],
    ['an id with a colon', priorityDoc('1:2', 'koord')],
    ['a measure without a priority', measureDoc('1.1', 'koord', { priorityId: 'x' })],
    ['an approved measure without decision', measureDoc('1.1', 'koord', { decidedBy: undefined })],
    ['an activity without group', activityDoc('1.1.1', 'Seniori!', 'koord')],
    [
      'duplicate indicator ids',
      activityDoc('1.1.1', 'seniori', 'koord', {
        indicators: [
          { id: 'a', name: 'A', unit: 'x', target: 1 },
          { id: 'a', name: 'B', unit: 'x', target: 2 },
        ],
      }),
    ],
    [
      'a timeline backwards',
      activityDoc('1.1.1', 'seniori', 'koord', { timeline: { fromYear: 2028, toYear: 2026 } }),
    ],
    [
      'monitoring year not matching its id',
      monitoringDoc(2026, '1.1.1', 'seniori', 'koord', { year: 2027 }),
    ],
    ['an unknown status', monitoringDoc(2026, '1.1.1', 'seniori', 'koord', { status: 'hotovo' })],
    [
      'a link without url',
      monitoringDoc(2026, '1.1.1', 'seniori', 'koord', {
        evidence: [{ kind: 'link', label: 'x' }],
      }),
    ],
    [
      'a survey evidence pointing elsewhere than a surveys database',
      monitoringDoc(2026, '1.1.1', 'seniori', 'koord', {
        evidence: [{ kind: 'survey', label: 'x', db: 'orp-ck-plan', ref: 'survey:ab12cd34' }],
      }),
    ],
    [
      'a negative budget',
      actionDoc(2027, '1.1.1', 'seniori', 'koord', { budget: { amount: -1, fundingSource: 'x' } }),
    ],
    ['a bad deadline', actionDoc(2027, '1.1.1', 'seniori', 'koord', { deadline: '30. 6. 2027' })],
    [
      'a deadline before the action plan’s year (two plans in one round mixed up)',
      actionDoc(2025, '1.1.1', 'seniori', 'koord', { deadline: '2024-12-31' }),
    ],
    [
      'an unknown type',
      {
        _id: 'x',
        type: 'probe',
        createdBy: 'koord',
        createdAt: '2026-11-22T10:00:00.000Z',
        updatedBy: 'koord',
        updatedAt: '2026-11-22T10:00:00.000Z',
      },
    ],
  ];

  it.each(bad)('refuses %s with a reason in both languages', (_label, doc) => {
    const result = check(doc, null, coordinator);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.cs.length).toBeGreaterThan(5);
      expect(result.reason.en.length).toBeGreaterThan(5);
    }
  });

  it('accepts two consecutive action plans prepared in one round, each due in its own year or later', () => {
    for (const [year, deadline] of [
      [2024, '2024-06-30'],
      [2025, '2025-03-31'],
      [2025, '2026-01-31'],
    ] as const) {
      const doc = actionDoc(year, '1.1.1', 'seniori', 'koord', { deadline });
      expect(check(doc, null, coordinator), `${year} ${deadline}`).toEqual({ ok: true });
    }
  });

  it('refuses a changed type', () => {
    const old = priorityDoc('1', 'koord');
    expect(check(editedBy(old, 'koord', { type: 'measure' }), old, coordinator).ok).toBe(false);
  });
});
