/**
 * Public facts about community planning, stored in the public `catalog` database so anyone can
 * see which ORPs plan with Rozcestník, which working groups exist and how to join them. Only
 * the names and codes live here; who is a member lives in `_users` roles, never in public.
 */
export interface PlanningOrpDoc {
  _id: string; // planning-orp:<orp>
  _rev?: string;
  _deleted?: boolean;
  type: 'planning-orp';
  orp: string;
  name: string;
  /** How to take part, shown to the public (plain text). */
  joinInfo?: string;
  updatedAt: string;
}

export interface WorkingGroupDoc {
  _id: string; // working-group:<orp>:<group>
  _rev?: string;
  _deleted?: boolean;
  type: 'working-group';
  orp: string;
  group: string;
  name: string;
  description?: string;
  joinInfo?: string;
  updatedAt: string;
}

export const PLANNING_ORP_PREFIX = 'planning-orp:';
export const WORKING_GROUP_PREFIX = 'working-group:';

export function planningOrpId(orp: string): string {
  return `${PLANNING_ORP_PREFIX}${orp}`;
}

export function workingGroupId(orp: string, group: string): string {
  return `${WORKING_GROUP_PREFIX}${orp}:${group}`;
}
