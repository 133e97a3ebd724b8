import { describe, expect, it } from 'vitest';
import { validateGroupUpdate } from '$domain/groups/group.validation';
import type { AnyDoc, UserCtx, ValidationResult } from '$domain/validation/validation.types';
import { validateDocUpdate } from '$domain/validation/group.validate-doc';
import {
  admin,
  agendaItem,
  anonymous,
  attendance,
  coordinator,
  decision,
  meeting,
  member,
  otherCoordinator,
  otherMember,
  roster,
  task,
} from './group-fixtures';

function check(newDoc: AnyDoc, oldDoc: AnyDoc | null, user: UserCtx): ValidationResult {
  return validateGroupUpdate(newDoc, oldDoc, user);
}

function reason(result: ValidationResult): string {
  return result.ok ? '' : `${result.reason.cs} / ${result.reason.en}`;
}

const approved = (author = 'koord') =>
  meeting(
    { status: 'approved', approvedBy: author, approvedAt: '2026-11-25T16:00:00.000Z' },
    author,
  );

describe('group validation: who may write', () => {
  it('lets members, the ORP coordinator and admins write', () => {
    expect(check(meeting(), null, member).ok).toBe(true);
    expect(check(meeting({}, 'koord'), null, coordinator).ok).toBe(true);
    expect(check(meeting({}, 'admin'), null, admin).ok).toBe(true);
  });

  it('refuses other groups, other ORPs’ coordinators and anonymous writers', () => {
    expect(check(meeting({}, 'petr'), null, otherMember)).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    expect(check(meeting({}, 'jiny'), null, otherCoordinator)).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    expect(check(meeting({}, ''), null, anonymous)).toMatchObject({
      ok: false,
      kind: 'unauthorized',
    });
  });

  it('finds the group from the baked-in name, userCtx.db, or _security', () => {
    const noDb = { name: 'eva', roles: member.roles };
    expect(check(meeting(), null, noDb).ok).toBe(false);
    expect(
      validateGroupUpdate(meeting(), null, noDb, {
        members: { roles: ['orp:ck:group:seniori', 'orp:ck:coordinator'] },
      }).ok,
    ).toBe(true);
    expect(() =>
      validateDocUpdate(meeting(), null, noDb, {}, 'orp-ck-group-seniori'),
    ).not.toThrow();
    expect(() => validateDocUpdate(meeting(), null, noDb, {}, 'orp-ck-group-deti')).toThrow();
    expect(check(meeting(), null, { ...noDb, db: '/data/dir/orp-ck-group-seniori' }).ok).toBe(true);
  });

  it('throws CouchDB-style objects with both languages', () => {
    expect(() => validateDocUpdate(meeting({}, 'petr'), null, otherMember)).toThrow(
      expect.objectContaining({
        forbidden: expect.stringContaining(' / Only members of the group'),
      }) as Error,
    );
  });

  it('leaves design documents to admins', () => {
    const ddoc = { _id: '_design/validation', validate_doc_update: 'function () {}' };
    expect(check(ddoc, null, admin).ok).toBe(true);
    expect(check(ddoc, null, coordinator).ok).toBe(false);
  });
});

describe('group validation: authorship', () => {
  it('binds createdBy and updatedBy to the signed-in user', () => {
    expect(reason(check(meeting({ createdBy: 'koord' }), null, member))).toContain(
      'createdBy must be the signed-in user',
    );
    expect(reason(check(meeting({ updatedBy: 'koord' }), null, member))).toContain(
      'updatedBy must be the signed-in user',
    );
  });

  it('keeps createdBy when someone else edits', () => {
    const old = meeting({ _rev: '1-a' }, 'koord');
    expect(
      check(meeting({ _rev: '1-a', createdBy: 'koord', updatedBy: 'eva' }), old, member).ok,
    ).toBe(true);
    expect(reason(check(meeting({ _rev: '1-a', createdBy: 'eva' }), old, member))).toContain(
      'createdBy cannot change',
    );
  });

  it('lets admins replicate anybody’s documents', () => {
    expect(check(meeting({}, 'eva'), null, admin).ok).toBe(true);
  });

  it('accepts deletions of unlocked documents without fields', () => {
    expect(check({ _id: 'task:t1', _rev: '2-b', _deleted: true }, task(), member).ok).toBe(true);
  });

  it('refuses changing a document’s type', () => {
    expect(reason(check(task({ _id: 'meeting:m1' }), meeting(), member))).toContain(
      'type cannot change',
    );
  });
});

describe('group validation: approval lock', () => {
  it('lets only a coordinator approve, and as themselves', () => {
    expect(reason(check(approved('eva'), meeting(), member))).toContain('Only a coordinator');
    expect(check({ ...approved(), createdBy: 'eva' }, meeting(), coordinator).ok).toBe(true);
    expect(
      reason(
        check({ ...approved('eva'), createdBy: 'eva', updatedBy: 'koord' }, meeting(), coordinator),
      ),
    ).toContain('approvedBy must be the signed-in coordinator');
  });

  it('refuses members editing, reopening or deleting approved minutes', () => {
    const old = approved();
    expect(check({ ...old, title: 'Jinak', updatedBy: 'eva' }, old, member).ok).toBe(false);
    expect(check({ ...meeting(), createdBy: 'koord' }, old, member).ok).toBe(false);
    expect(check({ _id: old._id, _deleted: true }, old, member).ok).toBe(false);
  });

  it('lets the coordinator edit and reopen approved minutes', () => {
    const old = approved();
    expect(check({ ...old, title: 'Oprava' }, old, coordinator).ok).toBe(true);
    expect(check(meeting({}, 'koord'), old, coordinator).ok).toBe(true);
  });

  it.each([
    ['agenda item', agendaItem],
    ['attendance', attendance],
    ['decision', decision],
  ])('locks a %s: coordinator only to lock, edit, unlock or delete', (_label, make) => {
    const locked = make({ locked: true }, 'koord');
    expect(check(make({ locked: true }), null, member).ok).toBe(false);
    expect(check(make({ locked: true }, 'koord'), make({}, 'koord'), coordinator).ok).toBe(true);
    expect(
      check({ ...locked, updatedBy: 'eva', title: 'x', notes: 'x', text: 'x' }, locked, member).ok,
    ).toBe(false);
    expect(check({ ...locked, locked: false, updatedBy: 'eva' }, locked, member).ok).toBe(false);
    expect(check({ _id: locked._id, _deleted: true }, locked, member).ok).toBe(false);
    expect(check({ ...locked, locked: false }, locked, coordinator).ok).toBe(true);
    // An unlocked child of the same meeting stays open to members (it is not part of the minutes).
    expect(check(make(), null, member).ok).toBe(true);
  });

  it('never locks tasks: they live on after the meeting', () => {
    expect(check(task({ status: 'done', createdBy: 'koord' }), task({}, 'koord'), member).ok).toBe(
      true,
    );
  });
});

describe('group validation: schema', () => {
  it('accepts every well-formed document type', () => {
    for (const doc of [meeting(), agendaItem(), attendance(), decision(), task()]) {
      expect(reason(check(doc, null, member)), doc._id).toBe('');
    }
  });

  it.each([
    ['unknown type', meeting({ type: 'minutes' }), 'Unknown working-group document type'],
    ['meeting id', meeting({ _id: 'meeting:has space' }), 'The id must look like "meeting:<key>"'],
    ['meeting date', meeting({ date: '25. 11. 2026' }), 'A meeting needs a date'],
    ['meeting in 1900', meeting({ date: '1900-01-01' }), 'must be a real day between 1 Jan 2000'],
    ['meeting on 31 February', meeting({ date: '2027-02-31' }), 'must be a real day between'],
    [
      'meeting in 20 years',
      meeting({ date: `${new Date().getFullYear() + 11}-01-01` }),
      'and 31 Dec',
    ],
    ['meeting time', meeting({ time: '25:00' }), 'HH:MM'],
    ['meeting status', meeting({ status: 'done' }), 'draft" or "approved'],
    ['approval without who', meeting({ status: 'approved' }, 'koord'), 'approvedBy'],
    ['no createdAt', meeting({ createdAt: 'yesterday' }), 'createdAt and updatedAt'],
    ['agenda id vs n', agendaItem({ n: 2 }), '"agenda-item:<meeting>:<n>"'],
    ['agenda meetingId', agendaItem({ meetingId: 'm2' }), '"agenda-item:<meeting>:<n>"'],
    ['agenda notes', agendaItem({ notes: undefined }), 'notes (text'],
    ['locked flag', agendaItem({ locked: 'no' }), 'locked flag'],
    ['attendance person', attendance({ person: 'someone' }), '"attendance:<meeting>:<person>"'],
    ['attendance guest', attendance({ guest: 'yes' }), 'guest and present'],
    ['decision text', decision({ text: ' ' }), 'A decision needs its text'],
    ['task status', task({ status: 'later' }), 'A task status must be'],
    ['task due', task({ due: '15.12.' }), 'YYYY-MM-DD'],
    ['task what', task({ what: '' }), 'A task needs what and an assignee'],
    ['task due in 1999', task({ due: '1999-12-31' }), 'A task deadline must be a real day'],
  ])('refuses %s', (_label, doc, message) => {
    const user = doc.createdBy === 'koord' ? coordinator : member;
    expect(reason(check(doc, null, user))).toContain(message);
  });
});

describe('group validation: the roster', () => {
  it('is written by the coordinator and admins, never by a member', () => {
    expect(reason(check(roster(), null, coordinator))).toBe('');
    expect(check(roster({}, 'admin'), null, admin).ok).toBe(true);
    expect(reason(check(roster({}, 'eva'), null, member))).toContain(
      'Only a coordinator may change the group roster',
    );
    const stored = { ...roster(), _rev: '1-a' };
    expect(check({ ...stored, _deleted: true }, stored, member).ok).toBe(false);
    expect(check({ ...stored, _deleted: true }, stored, coordinator).ok).toBe(true);
  });

  it.each([
    ['another id', roster({ _id: 'roster:2' }), 'The id must look like "roster"'],
    ['no members list', roster({ members: 'eva' }), 'Each roster member needs'],
    ['a member without a name', roster({ members: [{ name: 'eva', displayName: ' ' }] }), 'Each'],
    [
      'a name twice',
      roster({
        members: [
          { name: 'eva', displayName: 'Eva' },
          { name: 'eva', displayName: 'Eva D.' },
        ],
      }),
      'each user name once',
    ],
  ])('refuses %s', (_label, doc, message) => {
    expect(reason(check(doc, null, coordinator))).toContain(message);
  });
});
