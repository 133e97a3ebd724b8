import ICAL from 'ical.js';
import { createEvents } from 'ics';
import { describe, expect, it } from 'vitest';
import {
  validateJoinInput,
  validateJoinRequestsUpdate,
} from '$lib/domain/participation/join-request.validation';
import { publicMeetingEvent } from '$lib/domain/participation/public-meeting.types';
import { userNameFrom } from '../../../../../sync-server/src/services/join-requests.service';

const DB = 'orp-ck-join-requests';
const good = { group: 'seniori', name: ' Jana ', contact: ' jana@example.cz ', consent: true };

describe('joining requests', () => {
  it('keeps only known fields, trimmed, and needs consent and a known group', () => {
    expect(validateJoinInput({ ...good, extra: 1, message: '  ' }, ['seniori'])).toEqual({
      ok: true,
      value: { group: 'seniori', name: 'Jana', contact: 'jana@example.cz', consent: true },
    });
    expect(validateJoinInput({ ...good, consent: 'yes' }, ['seniori']).ok).toBe(false);
    expect(validateJoinInput(good, ['rodina']).ok).toBe(false);
  });

  it('lets a coordinator of this ORP write only a bare tombstone; the admin writes requests', () => {
    const coordinator = { name: 'k', roles: ['orp:ck:coordinator'] };
    const tombstone = { _id: 'join-request:1', _rev: '1-a', _deleted: true };
    expect(validateJoinRequestsUpdate(tombstone, null, coordinator, DB).ok).toBe(true);
    expect(
      validateJoinRequestsUpdate({ ...tombstone, name: 'Jana' }, null, coordinator, DB).ok,
    ).toBe(false);
    const other = { name: 'k2', roles: ['orp:dacice:coordinator'] };
    expect(validateJoinRequestsUpdate(tombstone, null, other, DB).ok).toBe(false);
    const request = {
      _id: 'join-request:2',
      type: 'join-request',
      receivedAt: '2026-12-01T10:00:00.000Z',
    };
    expect(validateJoinRequestsUpdate(request, null, coordinator, DB).ok).toBe(false);
    expect(validateJoinRequestsUpdate(request, null, { name: 'a', roles: ['_admin'] }, DB).ok).toBe(
      true,
    );
  });

  it('makes plain user names from Czech names', () => {
    expect(userNameFrom('Žaneta Šťastná-Nováková')).toBe('zaneta.stastna.novakova');
    expect(userNameFrom('!!!')).toBe('clen');
  });
});

describe('public meeting event', () => {
  it('parses back with ical.js: local time, two hours, the group in the description', () => {
    const { value, error } = createEvents([
      publicMeetingEvent(
        {
          uid: 'u1@rozcestnik',
          title: 'Fórum',
          date: '2027-02-03',
          time: '17:30',
          place: 'Radnice',
          groupName: 'Senioři',
        },
        'https://example.test/o-planovani/ck',
      ),
      publicMeetingEvent(
        { uid: 'u2@rozcestnik', title: 'Celodenní', date: '2027-02-28' },
        'https://example.test/o-planovani/ck',
      ),
    ]);
    expect(error).toBeFalsy();
    const events = new ICAL.Component(ICAL.parse(value ?? ''))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events[0]?.startDate.toString()).toBe('2027-02-03T17:30:00');
    expect(events[0]?.endDate.toString()).toBe('2027-02-03T19:30:00');
    expect(events[0]?.description).toBe('Senioři');
    expect(events[1]?.startDate.isDate).toBe(true);
    expect(events[1]?.endDate.toString()).toBe('2027-03-01');
  });
});
