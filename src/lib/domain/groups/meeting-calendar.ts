import type { EventAttributes } from 'ics';
import type { MeetingDoc } from './group.types';

/** Default length when the minutes say nothing about it. */
const DEFAULT_HOURS = 2;

/**
 * A meeting's iCalendar UID: stable across exports and edits, and unique across groups (a
 * meeting key is only unique within its group's database). The per-meeting file and the
 * subscription feed use the same UID, so a calendar that has both keeps one event.
 */
export function meetingUid(db: string, meeting: Pick<MeetingDoc, '_id'>): string {
  return `${meeting._id}.${db}@rozcestnik`;
}

/**
 * One meeting as an `ics` event: title, place, time, the group's name and a link. Nothing
 * from the minutes (agenda, notes, decisions): a subscription URL is a bearer secret that
 * calendar apps store and sync, so it carries the least that is useful.
 *
 * Times are the ORP's local wall-clock time ("local" in `ics` terms), which is what a member's
 * calendar should show; without a time the event takes the whole day.
 */
export function meetingEvent(
  db: string,
  meeting: MeetingDoc,
  groupName: string,
  url: string,
): EventAttributes {
  const [y, m, d] = meeting.date.split('-').map(Number) as [number, number, number];
  const timed = meeting.time?.split(':').map(Number) as [number, number] | undefined;
  return {
    uid: meetingUid(db, meeting),
    title: meeting.title,
    description: groupName,
    ...(meeting.place ? { location: meeting.place } : {}),
    url,
    startInputType: 'local',
    startOutputType: 'local',
    ...(timed
      ? { start: [y, m, d, timed[0], timed[1]], duration: { hours: DEFAULT_HOURS } }
      : // All day: DTSTART and DTEND as dates (VALUE=DATE), the end exclusive. `duration:
        // { days: 1 }` made ics write DURATION:P1DT, which is not valid iCalendar.
        { start: [y, m, d], end: nextDay(y, m, d), endInputType: 'local', endOutputType: 'local' }),
  };
}

function nextDay(y: number, m: number, d: number): [number, number, number] {
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}
