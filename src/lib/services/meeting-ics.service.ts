import { createEvent } from 'ics';
import { meetingEvent } from '$lib/domain/groups/meeting-calendar';
import type { MeetingDoc } from '$lib/domain/groups/group.types';
import { saveFile } from './download-file';

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
  saveFile(fileName, new Blob([text], { type: 'text/calendar;charset=utf-8' }));
}
