import type { EventAttributes } from 'ics';

/**
 * A meeting the public may come to, as sync-server serves it (`GET /api/meetings/public/<orp>`
 * and the `.ics` feed): a working group's meeting marked `public`, or one of the meetings the
 * ORP lists in its public `planning-orp` record. Title, time and place only: group databases
 * are private, and the minutes never leave them.
 */
export interface PublicMeetingItem {
  /** The iCalendar UID (a group meeting keeps the one members' calendars already have). */
  uid: string;
  title: string;
  /** YYYY-MM-DD and HH:MM, the ORP's wall-clock time (Europe/Prague). */
  date: string;
  time?: string;
  place?: string;
  /** The working group's name, when the meeting is a group's. */
  groupName?: string;
  note?: string;
}

export interface PublicMeetingsAnswer {
  meetings: PublicMeetingItem[];
}

export const PUBLIC_MEETINGS_PATH = '/api/meetings/public/';
export const PUBLIC_CALENDAR_PATH = '/api/calendar/public/';

export function publicCalendarPath(orp: string): string {
  return `${PUBLIC_CALENDAR_PATH}${orp}.ics`;
}

export function publicMeetingsPath(orp: string): string {
  return `${PUBLIC_MEETINGS_PATH}${orp}`;
}

const DEFAULT_HOURS = 2;

/** One public meeting as an `ics` event (local time, two hours; all day without a time). */
export function publicMeetingEvent(item: PublicMeetingItem, url: string): EventAttributes {
  const [y, m, d] = item.date.split('-').map(Number) as [number, number, number];
  const timed = item.time?.split(':').map(Number) as [number, number] | undefined;
  const description = [item.groupName, item.note].filter(Boolean).join('\n');
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return {
    uid: item.uid,
    title: item.title,
    ...(description ? { description } : {}),
    ...(item.place ? { location: item.place } : {}),
    url,
    startInputType: 'local',
    startOutputType: 'local',
    ...(timed
      ? { start: [y, m, d, timed[0], timed[1]], duration: { hours: DEFAULT_HOURS } }
      : {
          start: [y, m, d],
          end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
          endInputType: 'local',
          endOutputType: 'local',
        }),
  };
}
