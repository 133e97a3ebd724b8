import {
  agendaItemId,
  attendanceId,
  decisionId,
  meetingId,
  ROSTER_ID,
  taskId,
  type GroupDoc,
  type MeetingDoc,
} from '../../../src/lib/domain/groups/group.types';
import { DEMO_GROUP_TEXTS, type DemoMeetingText } from './meetings.demo.data';

/**
 * The demo groups' roster and meetings (texts in meetings.demo.data.ts), dated relative to
 * `now` so a fresh demo always has recent minutes and a meeting ahead. Fixed ids, so loading
 * them twice writes nothing new and remove-demo finds them.
 */
export const DEMO_MEETINGS_MARKER = 'rozcestnik-demo-meetings';
export const DEMO_UPCOMING_KEY = 'demo-next';
const AUTHOR = 'demo';
const PAST_DAYS = [-70, -42, -14];
const UPCOMING_DAYS = 14;

/** YYYY-MM-DD `days` from `now` (UTC day). */
export function dayFrom(now: Date, days: number): string {
  const date = new Date(now);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function stamp(day: string) {
  const at = `${day}T14:00:00.000Z`;
  return { createdBy: AUTHOR, createdAt: at, updatedBy: AUTHOR, updatedAt: at };
}

function pastMeeting(
  key: string,
  day: string,
  text: DemoMeetingText,
  people: { name: string; displayName: string }[],
  coordinator: string,
): GroupDoc[] {
  const approvedAt = `${dayFrom(new Date(`${day}T12:00:00Z`), 1)}T09:00:00.000Z`;
  const child = { meetingId: key, locked: true, ...stamp(day) };
  const docs: GroupDoc[] = [
    {
      _id: meetingId(key),
      type: 'meeting',
      title: text.title,
      date: day,
      time: '15:00',
      place: text.place,
      status: 'approved',
      approvedBy: coordinator,
      approvedAt,
      ...stamp(day),
    },
  ];
  text.items.forEach(([title, notes], i) =>
    docs.push({
      _id: agendaItemId(key, i + 1),
      type: 'agenda-item',
      n: i + 1,
      title,
      notes,
      ...child,
    }),
  );
  // Everyone but the last member came (someone is always excused).
  people.forEach((person, i) =>
    docs.push({
      _id: attendanceId(key, person.name),
      type: 'attendance',
      person: person.name,
      displayName: person.displayName,
      guest: false,
      present: i < people.length - 1,
      ...child,
    }),
  );
  if (text.guest) {
    const person = `host-${key}`;
    docs.push({
      _id: attendanceId(key, person),
      type: 'attendance',
      person,
      displayName: text.guest[0],
      organisation: text.guest[1],
      guest: true,
      present: true,
      ...child,
    });
  }
  text.decisions.forEach((decision, i) =>
    docs.push({
      _id: decisionId(key, i + 1),
      type: 'decision',
      n: i + 1,
      text: decision,
      ...child,
    }),
  );
  text.tasks.forEach(([what, assignee, done], i) =>
    docs.push({
      _id: taskId(`${key}-${i + 1}`),
      type: 'task',
      what,
      assignee,
      due: dayFrom(new Date(`${day}T12:00:00Z`), 28),
      status: done ? 'done' : 'open',
      meetingId: key,
      ...stamp(day),
    }),
  );
  return docs;
}

/** Roster and meetings of one demo group; empty for a group without demo texts. */
export function demoGroupDocs(orp: string, group: string, now: Date = new Date()): GroupDoc[] {
  const text = DEMO_GROUP_TEXTS[`${orp}:${group}`];
  if (!text) return [];
  const people = [text.coordinator, ...text.members];
  const today = dayFrom(now, 0);
  const docs: GroupDoc[] = [
    { _id: ROSTER_ID, type: 'roster', members: people.map((p) => ({ ...p })), ...stamp(today) },
  ];
  text.past.forEach((meeting, i) =>
    docs.push(
      ...pastMeeting(
        `demo-${i + 1}`,
        dayFrom(now, PAST_DAYS[i] ?? -7 * (i + 1)),
        meeting,
        people,
        text.coordinator.name,
      ),
    ),
  );
  const upcoming = dayFrom(now, UPCOMING_DAYS);
  docs.push({
    _id: meetingId(DEMO_UPCOMING_KEY),
    type: 'meeting',
    title: text.upcoming.title,
    date: upcoming,
    time: '15:00',
    place: text.upcoming.place,
    ...(text.upcoming.public ? { public: true } : {}),
    status: 'draft',
    ...stamp(today),
  });
  text.upcoming.items.forEach((title, i) =>
    docs.push({
      _id: agendaItemId(DEMO_UPCOMING_KEY, i + 1),
      type: 'agenda-item',
      n: i + 1,
      title,
      notes: '',
      meetingId: DEMO_UPCOMING_KEY,
      locked: false,
      ...stamp(today),
    }),
  );
  return docs;
}

/**
 * The upcoming demo meeting moved forward when its day has passed and nobody has touched it
 * (still the demo's own revision), so an old demo install still shows a meeting ahead.
 * Undefined when nothing needs to change.
 */
export function refreshedUpcoming(
  stored: MeetingDoc,
  now: Date = new Date(),
): MeetingDoc | undefined {
  if (stored.updatedBy !== AUTHOR || stored.status !== 'draft') return undefined;
  if (stored.date >= dayFrom(now, 0)) return undefined;
  return { ...stored, date: dayFrom(now, UPCOMING_DAYS), updatedAt: new Date(now).toISOString() };
}
