/**
 * The concurrent part of bench:sync: every member syncs live with the group database and
 * saves at a human pace (every 5–20 s, jittered) for the run's duration:
 *  - 60 %: appends a sentence to the notes of the agenda item the member is minuting (one
 *    writer per agenda item, as the app's one-document-per-item design intends);
 *  - 25 %: creates a task; 15 %: moves one of their tasks to another status.
 * Every other member's replica is an observer: each (save, other replica) pair is one sample.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AgendaItemDoc, TaskDoc } from '../../src/lib/domain/groups/group.types';
import { agendaItemId } from '../../src/lib/domain/groups/group.types';
import type { AnyDoc } from '../../src/lib/domain/validation/validation.types';
import { adminFetch } from '../../tests/integration/support/couch';
import type { TestServer } from '../../tests/integration/support/server';
import { AGENDA_ITEMS, meetingDocs, newTask, notesText, random } from './documents';
import { LatencyTracker } from './latency';
import { describe, generation, Member, signIn } from './member';
import { inParallel, MEMBER_PASSWORD } from './server';

export interface LiveOptions {
  database: string;
  members: readonly string[];
  durationS: number;
  /** How long to wait after the last save for stragglers to arrive. */
  drainS: number;
  log: (line: string) => void;
  /** Called after the drain, while every member is still connected. */
  beforeStop?: () => Promise<void>;
}

export interface LiveResult {
  tracker: LatencyTracker;
  saveErrors: string[];
  replicationErrors: string[];
  startS: number;
}

const STATUSES: TaskDoc['status'][] = ['open', 'in-progress', 'done', 'cancelled'];

/** Meetings of the live group: one agenda item per member to minute. */
async function seedAgenda(server: TestServer, database: string, members: readonly string[]) {
  const meetings = Math.ceil(members.length / AGENDA_ITEMS);
  const docs = Array.from({ length: meetings }, (_, i) =>
    meetingDocs(`live-${i}`, i, 'koordinator', members, { withMinutes: false }),
  ).flat();
  const response = await adminFetch(server, `/${database}/_bulk_docs`, {
    method: 'POST',
    body: JSON.stringify({ docs }),
  });
  const failed = ((await response.json()) as { error?: string }[]).filter((r) => r.error);
  if (!response.ok || failed.length)
    throw new Error(`seeding failed: ${JSON.stringify(failed[0])}`);
}

function agendaItemOf(member: number): string {
  return agendaItemId(`live-${Math.floor(member / AGENDA_ITEMS)}`, (member % AGENDA_ITEMS) + 1);
}

class Editor {
  private tasks: TaskDoc[] = [];
  private taskCount = 0;
  private readonly rnd: () => number;

  constructor(
    private readonly member: Member,
    private readonly tracker: LatencyTracker,
    private readonly others: readonly string[],
  ) {
    this.rnd = random(1000 + member.index);
  }

  /** Saves until `until` (performance.now()), every 5–20 s, the first one within 20 s. */
  async run(until: number, errors: string[]): Promise<void> {
    let next = performance.now() + this.rnd() * 20_000;
    while (next < until) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
      try {
        await this.saveOnce();
      } catch (error) {
        errors.push(`${this.member.name}: ${describe(error)}`);
      }
      next += 5_000 + this.rnd() * 15_000;
    }
  }

  private async saveOnce(): Promise<void> {
    const roll = this.rnd();
    if (roll < 0.6) return this.writeNotes();
    if (roll < 0.85 || this.tasks.length === 0) return this.createTask();
    return this.moveTask();
  }

  private now(): string {
    return new Date().toISOString();
  }

  private async writeNotes(): Promise<void> {
    const previous = (await this.member.db.get(
      agendaItemOf(this.member.index),
    )) as unknown as AgendaItemDoc;
    const addition = notesText(this.rnd, 1 + Math.floor(this.rnd() * 2));
    const next: AgendaItemDoc = {
      ...previous,
      notes: previous.notes ? `${previous.notes}\n${addition}` : addition,
      updatedBy: this.member.name,
      updatedAt: this.now(),
    };
    await this.put(next as unknown as AnyDoc, previous as unknown as AnyDoc);
  }

  private async createTask(): Promise<void> {
    const key = `${this.member.name}-${++this.taskCount}`;
    const assignee = this.others[Math.floor(this.rnd() * this.others.length)] ?? this.member.name;
    const task = newTask(key, this.member.name, assignee, `live-${this.member.index % 3}`);
    task._rev = await this.put(task as unknown as AnyDoc, null);
    this.tasks.push(task);
  }

  private async moveTask(): Promise<void> {
    const task = this.tasks[Math.floor(this.rnd() * this.tasks.length)] as TaskDoc;
    const next: TaskDoc = {
      ...task,
      status: STATUSES[(STATUSES.indexOf(task.status) + 1) % STATUSES.length] as TaskDoc['status'],
      updatedBy: this.member.name,
      updatedAt: this.now(),
    };
    next._rev = await this.put(next as unknown as AnyDoc, task as unknown as AnyDoc);
    this.tasks[this.tasks.indexOf(task)] = next;
  }

  /** Registers the save with the revision number it will get, then puts it. */
  private async put(doc: AnyDoc, previous: AnyDoc | null): Promise<string> {
    const gen = previous?._rev ? generation(previous._rev) + 1 : 1;
    const withdraw = this.tracker.register(this.member.index, doc._id, gen, performance.now());
    try {
      return (await this.member.save(doc, previous)).rev;
    } catch (error) {
      withdraw();
      throw error;
    }
  }
}

export async function runLiveEditing(
  server: TestServer,
  options: LiveOptions,
): Promise<LiveResult> {
  const { database, members, log } = options;
  await seedAgenda(server, database, members);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rozcestnik-bench-members-'));
  const tracker = new LatencyTracker(members.length);
  const replicas: Member[] = [];
  const saveErrors: string[] = [];
  try {
    const startAt = performance.now();
    await inParallel(members, 20, async (name, i) => {
      const cookie = await signIn(server.baseUrl, name, MEMBER_PASSWORD);
      const member = new Member(i, name, database, dir, server.baseUrl, cookie);
      replicas.push(member);
      await member.start((arrival) => tracker.arrive(arrival));
    });
    const startS = (performance.now() - startAt) / 1000;
    log(`${members.length} members signed in and caught up in ${startS.toFixed(1)} s`);

    const until = performance.now() + options.durationS * 1000;
    await Promise.all(
      replicas.map((member) => new Editor(member, tracker, members).run(until, saveErrors)),
    );
    log(`${tracker.saveCount} saves; waiting up to ${options.drainS} s for the last to arrive`);
    const drainUntil = performance.now() + options.drainS * 1000;
    while (tracker.undelivered() > 0 && performance.now() < drainUntil) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await options.beforeStop?.();
    const replicationErrors = replicas.flatMap((m) => m.errors);
    return { tracker, saveErrors, replicationErrors, startS };
  } finally {
    await Promise.allSettled(replicas.map((m) => m.stop()));
    await rm(dir, { recursive: true, force: true });
  }
}
