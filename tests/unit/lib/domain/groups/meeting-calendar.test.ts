import ICAL from 'ical.js';
import { createEvents } from 'ics';
import { describe, expect, it } from 'vitest';
import type { MeetingDoc } from '$lib/domain/groups/group.types';
import { meetingEvent } from '$lib/domain/groups/meeting-calendar';
import { meetingIcs } from '$lib/services/meeting-ics.service';

const DB = 'orp-test-group-seniori';

function meeting(over: Partial<MeetingDoc>): MeetingDoc {
  return {
    _id: 'meeting:m1',
    type: 'meeting',
    title: 'Schůzka skupiny',
    date: '2027-01-31',
    status: 'draft',
    createdBy: 'jana',
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedBy: 'jana',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...over,
  };
}

/** Parses a VCALENDAR with ical.js (a full RFC 5545 parser) and returns its events. */
function parse(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('meeting .ics', () => {
  it('an all-day meeting is a valid date event: DTEND the next day, no DURATION', () => {
    const text = meetingIcs(DB, meeting({}), 'Senioři', 'https://example.test/m');
    expect(text).not.toMatch(/DURATION/);
    expect(text).toMatch(/DTSTART;VALUE=DATE:20270131/);
    expect(text).toMatch(/DTEND;VALUE=DATE:20270201/);
    const [event] = parse(text);
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('2027-01-31');
    expect(event?.endDate.toString()).toBe('2027-02-01');
    expect(event?.duration.toSeconds()).toBe(24 * 3600);
    expect(event?.summary).toBe('Schůzka skupiny');
  });

  it('a timed meeting lasts two hours of local time', () => {
    const [event] = parse(
      meetingIcs(DB, meeting({ time: '14:30', place: 'Radnice' }), 'Senioři', 'https://x.test'),
    );
    expect(event?.startDate.isDate).toBe(false);
    expect(event?.startDate.hour).toBe(14);
    expect(event?.startDate.minute).toBe(30);
    expect(event?.duration.toSeconds()).toBe(2 * 3600);
    expect(event?.location).toBe('Radnice');
  });

  it('the feed (several events, as the server builds it) parses back whole', () => {
    const { value, error } = createEvents(
      [
        meetingEvent(DB, meeting({ _id: 'meeting:a', date: '2026-12-31' }), 'S', 'https://x.test'),
        meetingEvent(DB, meeting({ _id: 'meeting:b', time: '09:00' }), 'S', 'https://x.test'),
      ],
      { productId: 'rozcestnik/calendar', calName: 'Rozcestník – schůzky' },
    );
    expect(error).toBeFalsy();
    const events = parse(value ?? '');
    expect(events.map((e) => e.uid)).toEqual([
      `meeting:a.${DB}@rozcestnik`,
      `meeting:b.${DB}@rozcestnik`,
    ]);
    // Over a year's end.
    expect(events[0]?.endDate.toString()).toBe('2027-01-01');
  });
});
