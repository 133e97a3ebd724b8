import type { AnyDoc, UserCtx } from '$domain/validation/validation.types';

export const DB = 'orp-ck-group-seniori';
export const NOW = '2026-11-22T10:00:00.000Z';

export const member: UserCtx = {
  name: 'eva',
  roles: ['orp:ck:group:seniori', 'orp:ck:member'],
  db: DB,
};
export const otherMember: UserCtx = { name: 'petr', roles: ['orp:ck:group:deti'], db: DB };
export const coordinator: UserCtx = { name: 'koord', roles: ['orp:ck:coordinator'], db: DB };
export const otherCoordinator: UserCtx = {
  name: 'jiny',
  roles: ['orp:dacice:coordinator'],
  db: DB,
};
export const admin: UserCtx = { name: 'admin', roles: ['_admin'], db: DB };
export const anonymous: UserCtx = { name: null, roles: [], db: DB };

export function by(name: string | null): Record<string, string> {
  const n = name ?? '';
  return { createdBy: n, createdAt: NOW, updatedBy: n, updatedAt: NOW };
}

export function meeting(extra: Partial<AnyDoc> = {}, author = 'eva'): AnyDoc {
  return {
    _id: 'meeting:m1',
    type: 'meeting',
    title: 'Jednání PS',
    date: '2026-11-25',
    time: '14:00',
    place: 'MěÚ',
    status: 'draft',
    ...by(author),
    ...extra,
  };
}

export function agendaItem(extra: Partial<AnyDoc> = {}, author = 'eva'): AnyDoc {
  return {
    _id: 'agenda-item:m1:1',
    type: 'agenda-item',
    meetingId: 'm1',
    n: 1,
    title: 'Úvod',
    notes: '- bod',
    locked: false,
    ...by(author),
    ...extra,
  };
}

export function attendance(extra: Partial<AnyDoc> = {}, author = 'eva'): AnyDoc {
  return {
    _id: 'attendance:m1:jana.novakova',
    type: 'attendance',
    meetingId: 'm1',
    person: 'jana.novakova',
    displayName: 'Jana Nováková',
    guest: true,
    present: true,
    locked: false,
    ...by(author),
    ...extra,
  };
}

export function decision(extra: Partial<AnyDoc> = {}, author = 'eva'): AnyDoc {
  return {
    _id: 'decision:m1:2',
    type: 'decision',
    meetingId: 'm1',
    n: 2,
    text: 'PS doporučuje zařadit aktivitu do akčního plánu.',
    locked: false,
    ...by(author),
    ...extra,
  };
}

export function task(extra: Partial<AnyDoc> = {}, author = 'eva'): AnyDoc {
  return {
    _id: 'task:t1',
    type: 'task',
    what: 'Oslovit poskytovatele',
    assignee: 'eva',
    due: '2026-12-15',
    status: 'open',
    meetingId: 'm1',
    ...by(author),
    ...extra,
  };
}

export function roster(extra: Partial<AnyDoc> = {}, author = 'koord'): AnyDoc {
  return {
    _id: 'roster',
    type: 'roster',
    members: [
      { name: 'eva', displayName: 'Eva Dvořáková' },
      { name: 'petr', displayName: 'Petr Novák' },
    ],
    ...by(author),
    ...extra,
  };
}
