import { createEvent } from 'ics';
import { meetingEvent } from '$lib/domain/groups/meeting-calendar';
import type { MeetingDoc } from '$lib/domain/groups/group.types';

/** One meeting as an iCalendar file (the same event the subscription feed serves). */
export function meetingIcs(
  db: string,
  meeting: MeetingDoc,
  groupName: string,
  url: string,
): string {
  const { error, value } = createEvent(meetingEvent(db, meeting, groupName, url));
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
