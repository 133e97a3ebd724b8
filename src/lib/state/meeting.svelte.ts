import {
  observeGroupRowsOfType,
  observeMeetingRows,
  type GroupDocRow,
} from '$lib/data/dexie/groups.tables';
import type {
  AgendaItemDoc,
  AttendanceDoc,
  DecisionDoc,
  MeetingDoc,
  TaskDoc,
} from '$lib/domain/groups/group.types';

function docsOf<T>(rows: GroupDocRow[], type: string): T[] {
  return rows.filter((r) => r.type === type).map((r) => r.doc as unknown as T);
}

const byN = (a: { n: number }, b: { n: number }) => a.n - b.n;

/** One meeting with its minutes, live from the read model. */
class MeetingState {
  rows = $state.raw<GroupDocRow[]>([]);
  loaded = $state(false);

  meeting = $derived(docsOf<MeetingDoc>(this.rows, 'meeting')[0]);
  agenda = $derived(docsOf<AgendaItemDoc>(this.rows, 'agenda-item').sort(byN));
  attendance = $derived(
    docsOf<AttendanceDoc>(this.rows, 'attendance').sort((a, b) =>
      a.displayName.localeCompare(b.displayName, 'cs'),
    ),
  );
  decisions = $derived(docsOf<DecisionDoc>(this.rows, 'decision').sort(byN));
  tasks = $derived(docsOf<TaskDoc>(this.rows, 'task'));
  conflicted = $derived(this.rows.filter((r) => r.conflicted).length);
  /** Approved minutes: every edit control hides (the server's validation enforces it anyway). */
  approved = $derived(this.meeting?.status === 'approved');

  #stop: (() => void) | undefined;

  open(db: string, key: string): () => void {
    this.#stop?.();
    this.loaded = false;
    this.rows = [];
    this.#stop = observeMeetingRows(db, key, (rows) => {
      this.rows = rows;
      this.loaded = true;
    });
    return () => this.#stop?.();
  }
}

export const meeting = new MeetingState();

/** The meetings of one group, split into upcoming and past (by date, local time). */
class GroupMeetingsState {
  meetings = $state.raw<MeetingDoc[]>([]);
  loaded = $state(false);
  #stop: (() => void) | undefined;

  today = new Date().toLocaleDateString('sv-SE');
  upcoming = $derived(
    this.meetings.filter((m) => m.date >= this.today).sort((a, b) => a.date.localeCompare(b.date)),
  );
  past = $derived(
    this.meetings.filter((m) => m.date < this.today).sort((a, b) => b.date.localeCompare(a.date)),
  );

  open(db: string): () => void {
    this.#stop?.();
    this.loaded = false;
    this.#stop = observeGroupRowsOfType(db, 'meeting', (rows) => {
      this.meetings = rows.map((r) => r.doc as unknown as MeetingDoc);
      this.loaded = true;
    });
    return () => this.#stop?.();
  }
}

export const groupMeetings = new GroupMeetingsState();
