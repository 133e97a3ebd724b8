/**
 * Pure mapping for the ORP plan read model (no storage), unit-tested in Node: rows from replica
 * changes, which plans a user's roles open, and the plan as a tree (priorities → measures →
 * activities, each activity with its monitoring and action-plan items by year).
 */
import { parseDbName, parseRole, planDbName } from '$lib/domain/roles';
import {
  compareNumbers,
  type ActionPlanItemDoc,
  type ActivityDoc,
  type MeasureDoc,
  type MonitoringDoc,
  type MonitoringStatus,
  type PlanDbDoc,
  type PlanDoc,
  type PriorityDoc,
} from '$lib/domain/plan/plan.types';
import type { PlanningOrpDoc } from '$lib/domain/planning/planning.types';
import { groupRowKey } from './dexie/groups.tables';
import type { PlanDocRow } from './dexie/plan.tables';
import type { MemberChange } from './pouch/member.replica';

export function toPlanRow(database: string, change: MemberChange): PlanDocRow | undefined {
  const doc = change.doc;
  if (change.deleted || !doc || typeof doc.type !== 'string') return undefined;
  const activityId =
    doc.type === 'activity'
      ? change.id
      : typeof doc.activityId === 'string'
        ? doc.activityId
        : undefined;
  return {
    key: groupRowKey(database, change.id),
    db: database,
    id: change.id,
    type: doc.type,
    ...(activityId ? { activityId } : {}),
    conflicted: (doc._conflicts?.length ?? 0) > 0,
    doc,
  };
}

export interface MyPlan {
  db: string;
  orp: string;
  name: string;
  coordinator: boolean;
  /** Codes of the groups of this ORP the user belongs to (writes their monitoring). */
  groups: string[];
}

/**
 * The plans the signed-in user reads: one per ORP named in any of their ORP roles (member,
 * group, coordinator). Names come from the public `planning-orp:` records in the catalogue.
 */
export function myPlans(roles: readonly string[], known: readonly PlanningOrpDoc[]): MyPlan[] {
  const found: Record<string, MyPlan> = {};
  const admin = roles.indexOf('_admin') !== -1;
  for (const role of roles) {
    const parsed = parseRole(role);
    if (!parsed || !('orp' in parsed)) continue;
    const orp = parsed.orp;
    const plan = (found[orp] ??= {
      db: planDbName(orp),
      orp,
      name: known.find((k) => k.orp === orp)?.name ?? orp,
      coordinator: admin,
      groups: [],
    });
    if (parsed.kind === 'coordinator') plan.coordinator = true;
    if (parsed.kind === 'group') plan.groups.push(parsed.group);
  }
  return Object.values(found).sort((a, b) => a.name.localeCompare(b.name, 'cs'));
}

export interface ActivityNode {
  doc: ActivityDoc;
  /** By year. */
  monitoring: Record<number, MonitoringDoc>;
  /** Action-plan items by year. */
  actions: Record<number, ActionPlanItemDoc>;
}

export interface MeasureNode {
  doc: MeasureDoc;
  activities: ActivityNode[];
}

export interface PriorityNode {
  doc: PriorityDoc;
  measures: MeasureNode[];
}

export interface PlanTree {
  plan?: PlanDoc;
  priorities: PriorityNode[];
  /** Every activity by id, for the activity page and links. */
  activities: Record<string, ActivityNode>;
  /** Every measure by id (proposed and rejected ones too). */
  measures: Record<string, MeasureNode>;
}

const byNumber = (a: { number: string }, b: { number: string }) =>
  compareNumbers(a.number, b.number);

/**
 * The plan as a tree. Children whose parent is missing (not synced yet, or deleted) are left
 * out of the tree but stay reachable by id. Measures keep every status; pages choose.
 */
export function buildPlanTree(docs: readonly PlanDbDoc[]): PlanTree {
  const tree: PlanTree = { priorities: [], activities: {}, measures: {} };
  const priorities: Record<string, PriorityNode> = {};
  for (const doc of docs) {
    if (doc.type === 'plan') tree.plan = doc;
    else if (doc.type === 'priority') priorities[doc._id] = { doc, measures: [] };
    else if (doc.type === 'measure') tree.measures[doc._id] = { doc, activities: [] };
    else if (doc.type === 'activity')
      tree.activities[doc._id] = { doc, monitoring: {}, actions: {} };
  }
  for (const doc of docs) {
    const node = 'activityId' in doc ? tree.activities[doc.activityId] : undefined;
    if (doc.type === 'monitoring' && node) node.monitoring[doc.year] = doc;
    if (doc.type === 'action-plan-item' && node) node.actions[doc.year] = doc;
  }
  for (const activity of Object.values(tree.activities)) {
    tree.measures[activity.doc.measureId]?.activities.push(activity);
  }
  for (const measure of Object.values(tree.measures)) {
    measure.activities.sort((a, b) => byNumber(a.doc, b.doc));
    priorities[measure.doc.priorityId]?.measures.push(measure);
  }
  tree.priorities = Object.values(priorities).sort(
    (a, b) => a.doc.order - b.doc.order || byNumber(a.doc, b.doc),
  );
  for (const priority of tree.priorities) priority.measures.sort((a, b) => byNumber(a.doc, b.doc));
  return tree;
}

/** "not filled in" is a filter choice of its own: monitoring opened but without a status. */
export type StatusFilter = MonitoringStatus | 'none';

export interface PlanFilter {
  year: number;
  /** Owning group's code. */
  group?: string;
  status?: StatusFilter;
  /** Show proposed and rejected measures too (approved ones always show). */
  allMeasures?: boolean;
}

export function activityMatches(node: ActivityNode, filter: PlanFilter): boolean {
  if (filter.group && node.doc.group !== filter.group) return false;
  if (!filter.status) return true;
  const status = node.monitoring[filter.year]?.status;
  return filter.status === 'none' ? !status : status === filter.status;
}

/**
 * The tree pruned by the filter: measures and priorities left without activities disappear
 * when a group or status filter is set (otherwise every approved measure shows, even empty).
 */
export function filterPlanTree(tree: PlanTree, filter: PlanFilter): PriorityNode[] {
  const narrowing = !!filter.group || !!filter.status;
  const out: PriorityNode[] = [];
  for (const priority of tree.priorities) {
    const measures: MeasureNode[] = [];
    for (const measure of priority.measures) {
      if (!filter.allMeasures && measure.doc.status !== 'approved') continue;
      const activities = measure.activities.filter((a) => activityMatches(a, filter));
      if (narrowing && activities.length === 0) continue;
      measures.push({ doc: measure.doc, activities });
    }
    if (narrowing && measures.length === 0) continue;
    out.push({ doc: priority.doc, measures });
  }
  return out;
}

/** Counts of the year's monitoring statuses (plus `none`), for summaries and filter labels. */
export function statusCounts(
  activities: readonly ActivityNode[],
  year: number,
): Record<StatusFilter, number> {
  const counts: Record<StatusFilter, number> = {
    splneno: 0,
    'plni-se-prubezne': 0,
    'castecne-splneno': 0,
    nesplneno: 0,
    'zruseno-presunuto': 0,
    none: 0,
  };
  for (const a of activities) counts[a.monitoring[year]?.status ?? 'none']++;
  return counts;
}

export interface ServiceActivity {
  orp: string;
  activity: ActivityDoc;
}

/**
 * The plan activities that develop or fund one catalogue service (their `serviceIds`), across
 * the plans on this device, by ORP and activity number. The service page lists them for members.
 */
export function activitiesOfService(
  rows: readonly PlanDocRow[],
  serviceId: string,
): ServiceActivity[] {
  const found: ServiceActivity[] = [];
  for (const row of rows) {
    if (row.type !== 'activity') continue;
    const activity = row.doc as unknown as ActivityDoc;
    if (!Array.isArray(activity.serviceIds) || !activity.serviceIds.includes(serviceId)) continue;
    const orp = parseDbName(row.db);
    if (orp?.kind === 'plan') found.push({ orp: orp.orp, activity });
  }
  return found.sort(
    (a, b) => a.orp.localeCompare(b.orp) || compareNumbers(a.activity.number, b.activity.number),
  );
}
