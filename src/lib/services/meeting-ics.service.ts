import { createEvent, type EventAttributes } from 'ics';
import type { MeetingDoc } from '$lib/domain/groups/group.types';

/** Default length when the minutes say nothing about it. */
const DEFAULT_HOURS = 2;

/**
 * One meeting as an iCalendar file. Times are the ORP's local wall-clock time ("local" in
 * `ics` terms), which is what a member's calendar should show; without a time the event
 * takes the whole day.
 */
export function meetingIcs(meeting: MeetingDoc, groupName: string, url: string): string {
  const [y, m, d] = meeting.date.split('-').map(Number) as [number, number, number];
  const timed = meeting.time?.split(':').map(Number) as [number, number] | undefined;
  const event: EventAttributes = {
    uid: `${meeting._id}@rozcestnik`,
    title: meeting.title,
    description: groupName,
    ...(meeting.place ? { location: meeting.place } : {}),
    url,
    startInputType: 'local',
    startOutputType: 'local',
    ...(timed
      ? { start: [y, m, d, timed[0], timed[1]], duration: { hours: DEFAULT_HOURS } }
      : { start: [y, m, d], duration: { days: 1 } }),
  };
  const { error, value } = createEvent(event);
  if (error || !value) throw error ?? new Error('iCalendar export failed');
  return value;
}

/** Lets the browser save the file; works offline (no server round trip). */
export function downloadIcs(fileName: string, text: string): void {
  const blob = new Blob([text], { type: 'text/calendar;charset=utf-8' });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
