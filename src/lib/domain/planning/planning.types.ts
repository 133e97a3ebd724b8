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
  /** The ORP's territory key (`territory:orp:<key>`, e.g. "cesky-krumlov"), to link the two. */
  territory?: string;
  /** How to take part, shown to the public (plain text). */
  joinInfo?: string;
  /** Who coordinates planning at the municipal office (public contact, not a private person's). */
  coordinator?: PlanningContact;
  /** The community plan in force. */
  plan?: PlanPeriod;
  /** Upcoming public meetings (forums, working-group sessions open to the public). */
  meetings?: PublicMeeting[];
  updatedAt: string;
}

export interface PlanningContact {
  name: string;
  /** Department or role, e.g. "Odbor sociálních věcí". */
  office?: string;
  phone?: string;
  email?: string;
  web?: string;
}

export interface PlanPeriod {
  title?: string;
  /** Years, e.g. 2025 and 2027. */
  from: number;
  to: number;
  /** Registration number of the project financing the plan (e.g. OPZ+ CZ.03.…). */
  projectNumber?: string;
}

export interface PublicMeeting {
  /** ISO 8601 date-time of the start. */
  start: string;
  title: string;
  place: string;
  note?: string;
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
