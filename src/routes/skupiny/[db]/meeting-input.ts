import type { MeetingInput } from '$lib/services/meeting.service';
import { EARLIEST_YEAR, isDayInRange, isIsoDate, latestYear } from '$lib/domain/validation/checks';

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

function yearInRange(day: string): boolean {
  const year = Number(day.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= latestYear();
}

export function meetingInputErrors(input: MeetingInput): MeetingInputErrors {
  const errors: MeetingInputErrors = {};
  const title = input.title.trim();
  if (!title) errors.title = 'meeting.input.titleMissing';
  else if (title.length > MEETING_TEXT_MAX) errors.title = 'meeting.input.titleLong';
  if (!input.date) errors.date = 'meeting.input.dateMissing';
  else if (!isIsoDate(input.date)) errors.date = 'meeting.input.dateInvalid';
  else if (!yearInRange(input.date)) errors.date = 'meeting.input.dateRange';
  else if (!isDayInRange(input.date)) errors.date = 'meeting.input.dateInvalid';
  if (input.time && !TIME.test(input.time)) errors.time = 'meeting.input.timeInvalid';
  if ((input.place ?? '').trim().length > MEETING_TEXT_MAX)
    errors.place = 'meeting.input.placeLong';
  return errors;
}
