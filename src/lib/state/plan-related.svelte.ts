import { observeRowsOfActivity, type GroupDocRow } from '$lib/data/dexie/groups.tables';
import type {
  AgendaItemDoc,
  DecisionDoc,
  MeetingDoc,
  TaskDoc,
} from '$lib/domain/groups/group.types';

export interface RelatedItem {
  db: string;
  kind: 'agenda-item' | 'decision' | 'task';
  doc: AgendaItemDoc | DecisionDoc | TaskDoc;
  /** The meeting it belongs to (tasks may have none). */
  meeting?: MeetingDoc;
}

/**
 * Agenda items, decisions and tasks of the member's groups that reference one plan activity,
 * each with its meeting, newest meeting first — live from the group read model.
 */
class PlanRelatedState {
  items = $state.raw<RelatedItem[]>([]);
  loaded = $state(false);
  #stop: (() => void) | undefined;

  open(orp: string, activityId: string): () => void {
    this.#stop?.();
    this.loaded = false;
    this.items = [];
    this.#stop = observeRowsOfActivity(orp, activityId, (rows) => {
      this.items = related(rows, activityId);
      this.loaded = true;
    });
    return () => this.#stop?.();
  }
}

function related(rows: GroupDocRow[], activityId: string): RelatedItem[] {
  const meetings: Record<string, MeetingDoc> = {};
  for (const row of rows) {
    if (row.type === 'meeting') meetings[`${row.db}|${row.id}`] = row.doc as unknown as MeetingDoc;
  }
  const items: RelatedItem[] = [];
  for (const row of rows) {
    if (row.doc.activityId !== activityId) continue;
    if (row.type !== 'agenda-item' && row.type !== 'decision' && row.type !== 'task') continue;
    const doc = row.doc as unknown as RelatedItem['doc'];
    const meeting = row.meetingKey ? meetings[`${row.db}|meeting:${row.meetingKey}`] : undefined;
    items.push({ db: row.db, kind: row.type, doc, ...(meeting ? { meeting } : {}) });
  }
  return items.sort((a, b) => (b.meeting?.date ?? '').localeCompare(a.meeting?.date ?? ''));
}

export const planRelated = new PlanRelatedState();
