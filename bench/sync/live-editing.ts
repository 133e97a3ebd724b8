/**
 * The concurrent part of bench:sync: every member syncs live with their own group's database
 * (as the app does: a member replicates only the groups their roles grant) and saves at a
 * human pace (every `pace` seconds, jittered; 5–20 s by default) for the run's duration:
 *  - 60 %: appends a sentence to the notes of the agenda item the member is minuting (one
 *    writer per agenda item, as the app's one-document-per-item design intends);
 *  - 25 %: creates a task; 15 %: moves one of their tasks to another status.
 * Every other member of the author's group is an observer: each (save, other replica of the
 * group) pair is one sample.
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
import { inParallel, MEMBER_PASSWORD, type LiveGroup } from './server';

export interface LiveOptions {
  /** Every member's account name, by global index. */
  members: readonly string[];
  groups: readonly LiveGroup[];
  durationS: number;
  /** Seconds between one member's saves: uniformly random in [min, max]. */
  pace: { minS: number; maxS: number };
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

/** The agenda item the member with index `local` within their group minutes. */
function agendaItemOf(local: number): string {
  return agendaItemId(`live-${Math.floor(local / AGENDA_ITEMS)}`, (local % AGENDA_ITEMS) + 1);
}

class Editor {
  private tasks: TaskDoc[] = [];
  private taskCount = 0;
  private readonly rnd: () => number;

  constructor(
    private readonly member: Member,
    /** The member's index within their group. */
    private readonly local: number,
    private readonly tracker: LatencyTracker,
    private readonly others: readonly string[],
  ) {
    this.rnd = random(1000 + member.index);
  }

  /** Saves until `until` (performance.now()) at `pace`, the first one within `pace.maxS`. */
  async run(until: number, pace: LiveOptions['pace'], errors: string[]): Promise<void> {
    let next = performance.now() + this.rnd() * pace.maxS * 1000;
    while (next < until) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
      try {
        await this.saveOnce();
      } catch (error) {
        errors.push(`${this.member.name}: ${describe(error)}`);
      }
      next += (pace.minS + this.rnd() * (pace.maxS - pace.minS)) * 1000;
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
      agendaItemOf(this.local),
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
    const task = newTask(
      key,
      this.member.name,
      assignee,
      `live-${Math.floor(this.local / AGENDA_ITEMS)}`,
    );
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
  const { members, groups, log } = options;
  const groupOf: number[] = [];
  const localOf: number[] = [];
  groups.forEach((group, g) =>
    group.members.forEach((m, local) => {
      groupOf[m] = g;
      localOf[m] = local;
    }),
  );
  const names = (group: LiveGroup) => group.members.map((m) => members[m] as string);
  for (const group of groups) await seedAgenda(server, group.database, names(group));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rozcestnik-bench-members-'));
  const tracker = new LatencyTracker(
    groupOf,
    groups.map((g) => g.members.length),
  );
  const replicas: Member[] = [];
  const saveErrors: string[] = [];
  try {
    const startAt = performance.now();
    await inParallel(members, 20, async (name, i) => {
      const group = groups[groupOf[i] as number] as LiveGroup;
      const cookie = await signIn(server.baseUrl, name, MEMBER_PASSWORD);
      const member = new Member(i, name, group.database, dir, server.baseUrl, cookie);
      replicas.push(member);
      await member.start((arrival) => tracker.arrive(arrival));
    });
    const startS = (performance.now() - startAt) / 1000;
    log(`${members.length} members signed in and caught up in ${startS.toFixed(1)} s`);

    const until = performance.now() + options.durationS * 1000;
    await Promise.all(
      replicas.map((member) => {
        const group = groups[groupOf[member.index] as number] as LiveGroup;
        const local = localOf[member.index] as number;
        return new Editor(member, local, tracker, names(group)).run(
          until,
          options.pace,
          saveErrors,
        );
      }),
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
