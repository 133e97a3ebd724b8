import type { MeetingInput } from '$lib/services/meeting.service';

/**
 * Checks a meeting's title, date, time and place as typed, before anything is saved, so a
 * person gets one clear sentence per field instead of the storage's refusal. The same rules
 * as the shared validation (group-schema.validation.ts), plus "a real calendar day".
 */
export type MeetingField = 'title' | 'date' | 'time' | 'place';

/** i18n keys of the problems, per field (empty when the input can be saved). */
export type MeetingInputErrors = Partial<Record<MeetingField, string>>;

export const MEETING_TEXT_MAX = 200;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return (
    y >= 1900 &&
    y <= 2200 &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d
  );
}

export function meetingInputErrors(input: MeetingInput): MeetingInputErrors {
  const errors: MeetingInputErrors = {};
  const title = input.title.trim();
  if (!title) errors.title = 'meeting.input.titleMissing';
  else if (title.length > MEETING_TEXT_MAX) errors.title = 'meeting.input.titleLong';
  if (!input.date) errors.date = 'meeting.input.dateMissing';
  else if (!isCalendarDay(input.date)) errors.date = 'meeting.input.dateInvalid';
  if (input.time && !TIME.test(input.time)) errors.time = 'meeting.input.timeInvalid';
  if ((input.place ?? '').trim().length > MEETING_TEXT_MAX)
    errors.place = 'meeting.input.placeLong';
  return errors;
}
