import { observeRowsOfType, type GroupDocRow } from '$lib/data/dexie/groups.tables';
import type { MeetingDoc } from '$lib/domain/groups/group.types';

export interface CalendarMeeting {
  db: string;
  key: string;
  meeting: MeetingDoc;
}

export interface CalendarMonth {
  /** YYYY-MM */
  month: string;
  meetings: CalendarMeeting[];
}

/** Today as YYYY-MM-DD in local time (the Swedish locale writes ISO dates). */
function localToday(): string {
  return new Date().toLocaleDateString('sv-SE');
}

const startOf = (m: CalendarMeeting) => `${m.meeting.date} ${m.meeting.time ?? ''}`;

/** Meetings grouped by calendar month, in the given order of the meetings. */
export function byMonth(meetings: readonly CalendarMeeting[]): CalendarMonth[] {
  const months: CalendarMonth[] = [];
  for (const m of meetings) {
    const month = m.meeting.date.slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.meetings.push(m);
    else months.push({ month, meetings: [m] });
  }
  return months;
}

/**
 * The meetings of every group the member may open, live from the read model. Route-only
 * state: rows of a group the member no longer belongs to are left out (`databases`), even if
 * its replica has not been cleared yet.
 */
export class CalendarView {
  rows = $state.raw<GroupDocRow[]>([]);
  loaded = $state(false);
  databases = $state.raw<readonly string[]>([]);
  today = localToday();

  meetings = $derived(
    this.rows
      .filter((row) => this.databases.includes(row.db))
      .map((row) => ({
        db: row.db,
        key: row.id.slice('meeting:'.length),
        meeting: row.doc as unknown as MeetingDoc,
      })),
  );
  upcoming = $derived(
    byMonth(
      this.meetings
        .filter((m) => m.meeting.date >= this.today)
        .sort((a, b) => startOf(a).localeCompare(startOf(b))),
    ),
  );
  past = $derived(
    byMonth(
      this.meetings
        .filter((m) => m.meeting.date < this.today)
        .sort((a, b) => startOf(b).localeCompare(startOf(a))),
    ),
  );

  /** Starts the live query; returns the function that stops it. */
  start(): () => void {
    return observeRowsOfType('meeting', (rows) => {
      this.rows = rows;
      this.loaded = true;
    });
  }
}
