/**
 * The plan as the change view and the report read it: priorities → measures → activities, each
 * activity with its monitoring and action-plan items by year. Declared structurally so this
 * domain code needs no data layer; the read model's `PlanTree` nodes fit as they are.
 */
import type {
  ActionPlanItemDoc,
  ActivityDoc,
  MeasureDoc,
  MonitoringDoc,
  PlanDoc,
  PriorityDoc,
} from '../plan/plan.types';

export interface OutlineActivity {
  doc: ActivityDoc;
  monitoring: Record<number, MonitoringDoc>;
  actions: Record<number, ActionPlanItemDoc>;
}

export interface OutlineMeasure {
  doc: MeasureDoc;
  activities: readonly OutlineActivity[];
}

export interface OutlinePriority {
  doc: PriorityDoc;
  measures: readonly OutlineMeasure[];
}

export interface PlanOutline {
  plan?: PlanDoc;
  /** In reading order; the report and change view keep it. */
  priorities: readonly OutlinePriority[];
}
