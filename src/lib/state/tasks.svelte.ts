import { observeRowsOfType, type GroupDocRow } from '$lib/data/dexie/groups.tables';
import type { TaskDoc } from '$lib/domain/groups/group.types';

export interface MyTask {
  db: string;
  task: TaskDoc;
}

/** "Moje úkoly": tasks assigned to the signed-in user in every group, open ones first by due date. */
class TasksState {
  rows = $state.raw<GroupDocRow[]>([]);
  loaded = $state(false);
  #stop: (() => void) | undefined;

  mine(userName: string | undefined): MyTask[] {
    const me = userName?.toLowerCase();
    const closed = (t: TaskDoc) => t.status === 'done' || t.status === 'cancelled';
    return this.rows
      .filter((r) => me && r.assignee === me)
      .map((r) => ({ db: r.db, task: r.doc as unknown as TaskDoc }))
      .sort(
        (a, b) =>
          Number(closed(a.task)) - Number(closed(b.task)) ||
          (a.task.due ?? '9999').localeCompare(b.task.due ?? '9999'),
      );
  }

  open(): () => void {
    this.#stop?.();
    this.#stop = observeRowsOfType('task', (rows) => {
      this.rows = rows;
      this.loaded = true;
    });
    return () => this.#stop?.();
  }
}

export const tasks = new TasksState();
