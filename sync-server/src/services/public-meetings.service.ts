import { createEvents } from 'ics';
import type { CouchClient } from '../couch/couch-client';
import {
  listGroupDatabases,
  readGroupNames,
  readMeetings,
} from '../couch/calendar-meetings.storage';
import { readPlanningOrp } from '../couch/planning.storage';
import { meetingUid } from '../../../src/lib/domain/groups/meeting-calendar';
import {
  publicMeetingEvent,
  type PublicMeetingItem,
} from '../../../src/lib/domain/participation/public-meeting.types';
import { isOrpCode, parseDbName } from '../../../src/lib/domain/roles';

/**
 * Upcoming public meetings of an ORP, projected out of its private group databases with the
 * admin connection (title, time, place; never the minutes), plus the meetings the ORP lists
 * by hand in its public record. Served per request, not copied into the catalogue: a meeting
 * unmarked or moved shows so at once, and nothing is written on every edit. A short cache keeps
 * a busy public page from reading every group database per visit.
 */
export const PUBLIC_MEETINGS_CACHE_MS = 60_000;
const TIME_ZONE = 'Europe/Prague';

function pragueParts(date: Date): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  const [day = '', time = ''] = parts.split(' ');
  return { day, time };
}

export interface PublicMeetings {
  orpName: string;
  meetings: PublicMeetingItem[];
}

/** The ORP's upcoming public meetings, soonest first; undefined for an unknown ORP. */
export async function readPublicMeetings(
  client: CouchClient,
  orp: string,
  now: Date = new Date(),
): Promise<PublicMeetings | undefined> {
  if (!isOrpCode(orp)) return undefined;
  const record = await readPlanningOrp(client, orp);
  if (!record) return undefined;
  const today = pragueParts(now).day;
  const items: PublicMeetingItem[] = [];
  for (const listed of record.meetings ?? []) {
    const start = new Date(listed.start);
    if (Number.isNaN(start.getTime())) continue;
    const { day, time } = pragueParts(start);
    items.push({
      uid: `planning-orp.${orp}.${start.toISOString()}@rozcestnik`,
      title: listed.title,
      date: day,
      time,
      place: listed.place,
      ...(listed.note ? { note: listed.note } : {}),
    });
  }
  const names = await readGroupNames(client);
  for (const db of await listGroupDatabases(client)) {
    const parsed = parseDbName(db);
    if (parsed?.kind !== 'group' || parsed.orp !== orp) continue;
    const groupName = names.get(`${orp}:${parsed.group}`)?.name;
    for (const meeting of await readMeetings(client, db)) {
      if (meeting.public !== true) continue;
      items.push({
        uid: meetingUid(db, meeting),
        title: meeting.title,
        date: meeting.date,
        ...(meeting.time ? { time: meeting.time } : {}),
        ...(meeting.place ? { place: meeting.place } : {}),
        ...(groupName ? { groupName } : {}),
      });
    }
  }
  const meetings = items
    .filter((item) => item.date >= today)
    .sort((a, b) => `${a.date} ${a.time ?? ''}`.localeCompare(`${b.date} ${b.time ?? ''}`));
  return { orpName: record.name, meetings };
}

/** The public VCALENDAR of an ORP's upcoming public meetings. */
export function publicCalendar(
  items: readonly PublicMeetingItem[],
  orpName: string,
  pageUrl: string,
): string {
  const { error, value } = createEvents(
    items.map((item) => publicMeetingEvent(item, pageUrl)),
    {
      productId: 'rozcestnik/public-calendar',
      calName: `Rozcestník – veřejná setkání (${orpName})`,
    },
  );
  if (error || !value) throw error ?? new Error('iCalendar export failed');
  return value;
}

/** A per-ORP cache of the list, so each visit does not read every group database. */
export class PublicMeetingsCache {
  readonly #entries = new Map<string, { at: number; value: Promise<PublicMeetings | undefined> }>();

  constructor(
    private readonly client: CouchClient,
    private readonly ttlMs: number = PUBLIC_MEETINGS_CACHE_MS,
  ) {}

  get(orp: string, now: number = Date.now()): Promise<PublicMeetings | undefined> {
    const hit = this.#entries.get(orp);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = readPublicMeetings(this.client, orp);
    // A failed read is not cached: the next visitor tries again.
    value.catch(() => this.#entries.delete(orp));
    if (this.#entries.size > 1000) this.#entries.clear();
    this.#entries.set(orp, { at: now, value });
    return value;
  }
}
