/**
 * Documents of a working group's database `orp-<orp>-group-<group>`. Shaped so that two people
 * rarely edit the same document: one document per meeting, per agenda item, per attendee, per
 * decision and per task, instead of one big "minutes" document everybody types into at once.
 *
 * Meeting ids are short opaque keys without colons (e.g. "2026-11-22-k3x9"); a child's id embeds
 * its meeting's key, so the children of one meeting are one `_all_docs` key range.
 */
export type MeetingStatus = 'draft' | 'approved';
export type TaskStatus = 'open' | 'in-progress' | 'done' | 'cancelled';

/** Who wrote a document and when; validation binds the names to the signed-in user. */
export interface Authorship {
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}

interface GroupDocBase extends Authorship {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
}

export interface MeetingDoc extends GroupDocBase {
  type: 'meeting';
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, local time of the ORP */
  time?: string;
  place?: string;
  /**
   * Open to the public: sync-server shows its title, time and place (never the minutes) on the
   * ORP's public page and in its public `.ics` feed (docs/participation.md).
   */
  public?: boolean;
  status: MeetingStatus;
  approvedBy?: string;
  approvedAt?: string;
}

/**
 * A plan activity this item works on: `activity:<code>` in the ORP's plan database
 * (`orp-<orp>-plan`, see src/lib/domain/plan/plan.types.ts). Optional on agenda items,
 * decisions and tasks; the activity's page lists everything that references it.
 */
interface ActivityReference {
  activityId?: string;
}

/**
 * Children of a meeting carry `locked`: a coordinator's approval sets it on every child in the
 * same `_bulk_docs` as the meeting's status, and only a coordinator may set or clear it or write
 * a locked child. See group-access.validation.ts for why the lock lives on each child.
 */
interface MeetingChild extends GroupDocBase {
  meetingId: string;
  locked: boolean;
}

export interface AgendaItemDoc extends MeetingChild, ActivityReference {
  type: 'agenda-item';
  /** Position in the agenda, 1-based; also the id suffix. */
  n: number;
  title: string;
  /** Minutes of this item, Markdown (sanitised when rendered). */
  notes: string;
}

export interface AttendanceDoc extends MeetingChild {
  type: 'attendance';
  /** User name for members, a slug for guests; also the id suffix. */
  person: string;
  displayName: string;
  guest: boolean;
  present: boolean;
  /** Organisation, shown on the prezenční listina. */
  organisation?: string;
}

export interface DecisionDoc extends MeetingChild, ActivityReference {
  type: 'decision';
  /** Number of the usnesení within the meeting; also the id suffix. */
  n: number;
  text: string;
  /** Agenda item number it belongs to, if any. */
  agendaItem?: number;
}

export interface TaskDoc extends GroupDocBase, ActivityReference {
  type: 'task';
  what: string;
  /** A member's user name, or a name in words for someone outside the app. */
  assignee: string;
  /** YYYY-MM-DD */
  due?: string;
  status: TaskStatus;
  /** The meeting that gave the task; tasks live on after the minutes are locked. */
  meetingId?: string;
}

/** One person on a group's roster: the account's user name and the name people know. */
export interface RosterMember {
  name: string;
  displayName: string;
}

/**
 * The group's roster (one document, id `roster`): whom attendance and task owners are picked
 * from. Written by the admin CLI when it adds a member and by the coordinator; members only
 * read it (group-access.validation.ts).
 */
export interface RosterDoc extends GroupDocBase {
  type: 'roster';
  members: RosterMember[];
}

export const ROSTER_ID = 'roster';

export type GroupDoc =
  MeetingDoc | AgendaItemDoc | AttendanceDoc | DecisionDoc | TaskDoc | RosterDoc;
export type MeetingChildDoc = AgendaItemDoc | AttendanceDoc | DecisionDoc;

export const MEETING_CHILD_TYPES = ['agenda-item', 'attendance', 'decision'] as const;

/** A key usable inside an id: no colon, no spaces. */
export const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.@-]*$/;

/** `activity:<code>`: a reference to a plan activity (ActivityReference). */
export function isActivityRef(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.indexOf('activity:') === 0 &&
    KEY_PATTERN.test(value.slice('activity:'.length))
  );
}

export function meetingId(key: string): string {
  return `meeting:${key}`;
}
export function agendaItemId(meetingKey: string, n: number): string {
  return `agenda-item:${meetingKey}:${n}`;
}
export function attendanceId(meetingKey: string, person: string): string {
  return `attendance:${meetingKey}:${person}`;
}
export function decisionId(meetingKey: string, n: number): string {
  return `decision:${meetingKey}:${n}`;
}
export function taskId(key: string): string {
  return `task:${key}`;
}
