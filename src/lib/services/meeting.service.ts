/**
 * Meetings and their minutes: plain async functions over the group repository. Every write is
 * one small document (a meeting, an agenda item, an attendee, a decision, a task), so two
 * people taking notes at once rarely touch the same document.
 */
import { approveMinutes, reopenMinutes } from '$lib/domain/groups/approval';
import {
  agendaItemId,
  attendanceId,
  decisionId,
  meetingId,
  taskId,
  type AgendaItemDoc,
  type AttendanceDoc,
  type DecisionDoc,
  type MeetingChildDoc,
  type MeetingDoc,
  type TaskDoc,
  type TaskStatus,
} from '$lib/domain/groups/group.types';
import type { AnyDoc } from '$lib/domain/validation/validation.types';
import { saveGroupDoc, saveGroupDocs, type Writer } from '$lib/data/pouch/group.repository';

function now(): string {
  return new Date().toISOString();
}

function authored(writer: Writer) {
  const at = now();
  return { createdBy: writer.name, createdAt: at, updatedBy: writer.name, updatedAt: at };
}

function touched<T extends object>(doc: T, writer: Writer): T {
  return { ...doc, updatedBy: writer.name, updatedAt: now() };
}

function randomKey(): string {
  return Math.random().toString(36).slice(2, 6);
}

/** A short key, readable in URLs: the date plus a random suffix. */
export function newMeetingKey(date: string): string {
  return `${date}-${randomKey()}`;
}

export interface MeetingInput {
  title: string;
  date: string;
  time?: string;
  place?: string;
  /** 'yes' when open to the public (a form draft keeps text). */
  public?: string;
}

function clean(input: MeetingInput) {
  return {
    title: input.title.trim(),
    date: input.date,
    ...(input.time ? { time: input.time } : {}),
    ...(input.place?.trim() ? { place: input.place.trim() } : {}),
    ...(input.public === 'yes' ? { public: true } : {}),
  };
}

export async function createMeeting(
  db: string,
  input: MeetingInput,
  writer: Writer,
): Promise<string> {
  const key = newMeetingKey(input.date);
  const doc: MeetingDoc = {
    _id: meetingId(key),
    type: 'meeting',
    ...clean(input),
    status: 'draft',
    ...authored(writer),
  };
  await saveGroupDoc(db, doc as unknown as AnyDoc, writer);
  return key;
}

export async function updateMeeting(
  db: string,
  meeting: MeetingDoc,
  input: MeetingInput,
  writer: Writer,
): Promise<void> {
  const { time: _t, place: _p, public: _pub, ...rest } = meeting;
  await saveGroupDoc(
    db,
    touched({ ...rest, ...clean(input) }, writer) as unknown as AnyDoc,
    writer,
  );
}

/**
 * The next agenda-item or usnesení number: one past the highest so far (numbers are ids, so a
 * deleted one is never reused while it may still sync in from another device).
 */
export function nextNumber(items: readonly { n: number }[]): number {
  return Math.max(0, ...items.map((item) => item.n)) + 1;
}

function child(meetingKey: string, writer: Writer) {
  return { meetingId: meetingKey, locked: false, ...authored(writer) };
}

export async function addAgendaItem(
  db: string,
  meetingKey: string,
  n: number,
  title: string,
  writer: Writer,
): Promise<void> {
  const doc: AgendaItemDoc = {
    _id: agendaItemId(meetingKey, n),
    type: 'agenda-item',
    n,
    title: title.trim(),
    notes: '',
    ...child(meetingKey, writer),
  };
  await saveGroupDoc(db, doc as unknown as AnyDoc, writer);
}

export async function saveNotes(
  db: string,
  item: AgendaItemDoc,
  notes: string,
  writer: Writer,
): Promise<void> {
  await saveGroupDoc(db, touched({ ...item, notes }, writer) as unknown as AnyDoc, writer);
}

/** A guest's id suffix: a slug of the name plus a random part, so two guests never collide. */
export function guestSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `host-${slug || 'anon'}-${randomKey()}`;
}

export interface AttendeeInput {
  displayName: string;
  /** A member's user name; empty for a guest. */
  userName?: string;
  organisation?: string;
  present: boolean;
}

export async function addAttendee(
  db: string,
  meetingKey: string,
  input: AttendeeInput,
  writer: Writer,
): Promise<void> {
  const guest = !input.userName?.trim();
  const person = guest ? guestSlug(input.displayName) : (input.userName ?? '').trim();
  const doc: AttendanceDoc = {
    _id: attendanceId(meetingKey, person),
    type: 'attendance',
    person,
    displayName: input.displayName.trim(),
    guest,
    present: input.present,
    ...(input.organisation?.trim() ? { organisation: input.organisation.trim() } : {}),
    ...child(meetingKey, writer),
  };
  await saveGroupDoc(db, doc as unknown as AnyDoc, writer);
}

export async function setPresent(
  db: string,
  doc: AttendanceDoc,
  present: boolean,
  writer: Writer,
): Promise<void> {
  await saveGroupDoc(db, touched({ ...doc, present }, writer) as unknown as AnyDoc, writer);
}

export async function addDecision(
  db: string,
  meetingKey: string,
  n: number,
  text: string,
  writer: Writer,
): Promise<void> {
  const doc: DecisionDoc = {
    _id: decisionId(meetingKey, n),
    type: 'decision',
    n,
    text: text.trim(),
    ...child(meetingKey, writer),
  };
  await saveGroupDoc(db, doc as unknown as AnyDoc, writer);
}

export interface TaskInput {
  what: string;
  assignee: string;
  due?: string;
}

export async function addTask(
  db: string,
  meetingKey: string | undefined,
  input: TaskInput,
  writer: Writer,
): Promise<void> {
  const doc: TaskDoc = {
    _id: taskId(`${meetingKey ?? 'x'}-${randomKey()}${randomKey()}`),
    type: 'task',
    what: input.what.trim(),
    assignee: input.assignee.trim(),
    ...(input.due ? { due: input.due } : {}),
    status: 'open',
    ...(meetingKey ? { meetingId: meetingKey } : {}),
    ...authored(writer),
  };
  await saveGroupDoc(db, doc as unknown as AnyDoc, writer);
}

export async function setTaskStatus(
  db: string,
  task: TaskDoc,
  status: TaskStatus,
  writer: Writer,
): Promise<void> {
  await saveGroupDoc(db, touched({ ...task, status }, writer) as unknown as AnyDoc, writer);
}

/** Approve or reopen: the meeting and all its children in one `_bulk_docs` (approval.ts). */
export async function setApproved(
  db: string,
  meeting: MeetingDoc,
  children: MeetingChildDoc[],
  approve: boolean,
  writer: Writer,
): Promise<void> {
  const actor = { name: writer.name, at: now() };
  const docs = approve
    ? approveMinutes(meeting, children, actor)
    : reopenMinutes(meeting, children, actor);
  await saveGroupDocs(db, docs as unknown as AnyDoc[], writer);
}
