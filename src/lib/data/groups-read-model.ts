/**
 * Pure mapping for the working-group read model (no storage), unit-tested in Node: rows from
 * replica changes, and which groups a user's roles open.
 */
import { groupDbName, isCoordinatorOf, parseRole } from '$lib/domain/roles';
import type { WorkingGroupDoc } from '$lib/domain/planning/planning.types';
import { groupRowKey, type GroupDocRow } from './dexie/groups.tables';

/** A change of a group replica as the projector reads it (see group.replica.ts). */
export interface GroupChange {
  id: string;
  deleted: boolean;
  doc?: Record<string, unknown> & { _conflicts?: string[] };
}

/** The meeting key of a group document id: `meeting:K`, `agenda-item:K:n`, … */
export function meetingKeyOf(doc: Record<string, unknown>): string | undefined {
  const id = String(doc._id);
  if (id.startsWith('meeting:')) return id.slice('meeting:'.length);
  if (typeof doc.meetingId === 'string') return doc.meetingId.replace(/^meeting:/, '');
  return undefined;
}

export function toGroupRow(database: string, change: GroupChange): GroupDocRow | undefined {
  const doc = change.doc;
  if (change.deleted || !doc || typeof doc.type !== 'string') return undefined;
  const assignee = typeof doc.assignee === 'string' ? doc.assignee.toLowerCase() : undefined;
  return {
    key: groupRowKey(database, change.id),
    db: database,
    id: change.id,
    type: doc.type,
    meetingKey: meetingKeyOf(doc),
    ...(assignee ? { assignee } : {}),
    conflicted: (doc._conflicts?.length ?? 0) > 0,
    doc,
  };
}

export interface MyGroup {
  db: string;
  orp: string;
  group: string;
  name: string;
  coordinator: boolean;
}

/**
 * The groups the signed-in user may open: each `orp:<orp>:group:<group>` role, plus every group
 * of an ORP the user coordinates (known from the public `working-group:` records in the
 * catalogue, which also give the groups their names).
 */
export function myGroups(roles: readonly string[], known: readonly WorkingGroupDoc[]): MyGroup[] {
  const found: Record<string, MyGroup> = {};
  const nameOf = (orp: string, group: string) =>
    known.find((k) => k.orp === orp && k.group === group)?.name ?? group;
  const add = (orp: string, group: string) => {
    const db = groupDbName(orp, group);
    found[db] = {
      db,
      orp,
      group,
      name: nameOf(orp, group),
      coordinator: isCoordinatorOf(roles, orp),
    };
  };
  for (const role of roles) {
    const parsed = parseRole(role);
    if (parsed?.kind === 'group') add(parsed.orp, parsed.group);
    if (parsed?.kind === 'coordinator') {
      for (const k of known) if (k.orp === parsed.orp) add(k.orp, k.group);
    }
  }
  return Object.values(found).sort((a, b) => a.name.localeCompare(b.name, 'cs'));
}
