/**
 * The plan's writes: plain async functions over the plan repository. Monitoring and
 * action-plan items are one document per activity and year, so two groups never edit the same
 * document; the coordinator opens a year, the owning group fills it in, the coordinator
 * approves (locks) or reopens it. Every write is validated before it is stored.
 */
import { withText } from '$lib/domain/plan/plan-texts';
import {
  actionPlanItemId,
  codeOf,
  measureId,
  monitoringId,
  type ActionPlanItemDoc,
  type ActivityDoc,
  type ActivityTextField,
  type Budget,
  type Evidence,
  type IndicatorValue,
  type MeasureDoc,
  type MonitoringDoc,
  type MonitoringStatus,
} from '$lib/domain/plan/plan.types';
import { savePlanDoc, savePlanDocs, type Writer } from '$lib/data/pouch/plan.repository';
import type { AnyDoc } from '$lib/domain/validation/validation.types';
import { authored, touched } from './authorship';

function now(): string {
  return new Date().toISOString();
}

const asDoc = (doc: object) => doc as unknown as AnyDoc;

export interface MonitoringInput {
  status?: MonitoringStatus;
  comment: string;
  indicatorValues: IndicatorValue[];
  evidence: Evidence[];
}

/** The group fills in (or the coordinator corrects) one activity's monitoring of a year. */
export async function saveMonitoring(
  orp: string,
  current: MonitoringDoc,
  input: MonitoringInput,
  writer: Writer,
): Promise<void> {
  const { status: _old, ...rest } = current;
  const next: MonitoringDoc = {
    ...rest,
    ...(input.status ? { status: input.status } : {}),
    comment: input.comment.trim(),
    indicatorValues: input.indicatorValues,
    evidence: input.evidence,
  };
  await savePlanDoc(orp, asDoc(touched(next, writer)), writer);
}

/**
 * Coordinator: "open monitoring for year X" — one empty monitoring document per activity that
 * has none yet, `group` copied from the activity (see plan-access.validation.ts for why).
 * Returns how many were opened.
 */
export async function openMonitoringYear(
  orp: string,
  year: number,
  activities: readonly ActivityDoc[],
  existing: ReadonlySet<string>,
  writer: Writer,
): Promise<number> {
  const docs: MonitoringDoc[] = activities
    .filter((a) => !existing.has(monitoringId(year, codeOf(a._id))))
    .map((a) => ({
      _id: monitoringId(year, codeOf(a._id)),
      type: 'monitoring',
      activityId: a._id,
      year,
      group: a.group,
      comment: '',
      indicatorValues: [],
      evidence: [],
      approved: false,
      ...authored(writer),
    }));
  if (docs.length) await savePlanDocs(orp, docs.map(asDoc), writer);
  return docs.length;
}

type Yearly = MonitoringDoc | ActionPlanItemDoc;

/** Coordinator approves (locks) documents; monitoring without a status is skipped. */
export async function approveYearly(
  orp: string,
  docs: readonly Yearly[],
  writer: Writer,
): Promise<number> {
  const at = now();
  const ready = docs.filter(
    (d) => !d.approved && (d.type === 'action-plan-item' || d.status !== undefined),
  );
  const approved = ready.map((d) =>
    asDoc({ ...touched(d, writer), approved: true, approvedBy: writer.name, approvedAt: at }),
  );
  if (approved.length) await savePlanDocs(orp, approved, writer);
  return approved.length;
}

/** Coordinator reopens an approved document: the group can edit it again. */
export async function reopenYearly(orp: string, doc: Yearly, writer: Writer): Promise<void> {
  const { approvedBy: _b, approvedAt: _a, ...rest } = doc;
  await savePlanDoc(orp, asDoc({ ...touched(rest, writer), approved: false }), writer);
}

/** Coordinator selects an activity into the action plan of `year`. */
export async function selectForActionPlan(
  orp: string,
  year: number,
  activity: ActivityDoc,
  writer: Writer,
): Promise<void> {
  const doc: ActionPlanItemDoc = {
    _id: actionPlanItemId(year, codeOf(activity._id)),
    type: 'action-plan-item',
    activityId: activity._id,
    year,
    group: activity.group,
    steps: [],
    responsible: activity.responsibleOrganisation,
    approved: false,
    ...authored(writer),
  };
  await savePlanDoc(orp, asDoc(doc), writer);
}

/** Coordinator removes an activity from the action plan (only while not approved). */
export async function removeFromActionPlan(
  orp: string,
  doc: ActionPlanItemDoc,
  writer: Writer,
): Promise<void> {
  await savePlanDoc(orp, { _id: doc._id, _rev: doc._rev, _deleted: true }, writer);
}

export interface ActionItemInput {
  steps: string[];
  budget?: Budget;
  responsible: string;
  deadline?: string;
}

export async function saveActionItem(
  orp: string,
  current: ActionPlanItemDoc,
  input: ActionItemInput,
  writer: Writer,
): Promise<void> {
  const { budget: _b, deadline: _d, ...rest } = current;
  const next: ActionPlanItemDoc = {
    ...rest,
    steps: input.steps.map((s) => s.trim()).filter(Boolean),
    responsible: input.responsible.trim(),
    ...(input.budget ? { budget: input.budget } : {}),
    ...(input.deadline ? { deadline: input.deadline } : {}),
  };
  await savePlanDoc(orp, asDoc(touched(next, writer)), writer);
}

export interface MeasureProposal {
  priorityId: string;
  group: string;
  number: string;
  title: string;
  description: string;
  year: number;
}

function randomKey(): string {
  return Math.random().toString(36).slice(2, 8);
}

/** A working group proposes a new measure; the coordinator decides later. */
export async function proposeMeasure(
  orp: string,
  input: MeasureProposal,
  writer: Writer,
): Promise<string> {
  const at = now();
  const id = measureId(`navrh-${input.group}-${randomKey()}`);
  const doc: MeasureDoc = {
    _id: id,
    type: 'measure',
    priorityId: input.priorityId,
    number: input.number.trim(),
    status: 'proposed',
    proposedBy: writer.name,
    proposedAt: at,
    proposedByGroup: input.group,
    texts: {
      [String(input.year)]: {
        title: input.title.trim(),
        ...(input.description.trim() ? { description: input.description.trim() } : {}),
      },
    },
    ...authored(writer),
  };
  await savePlanDoc(orp, asDoc(doc), writer);
  return id;
}

/** Coordinator (for the steering group) approves or rejects a proposed measure, with a note. */
export async function decideMeasure(
  orp: string,
  measure: MeasureDoc,
  approve: boolean,
  note: string,
  writer: Writer,
): Promise<void> {
  const { decisionNote: _n, ...rest } = measure;
  const next: MeasureDoc = {
    ...rest,
    status: approve ? 'approved' : 'rejected',
    decidedBy: writer.name,
    decidedAt: now(),
    ...(note.trim() ? { decisionNote: note.trim() } : {}),
  };
  await savePlanDoc(orp, asDoc(touched(next, writer)), writer);
}

/**
 * Coordinator rewrites an activity's texts for `year`; earlier years' wording stays in
 * `texts` (withText keeps "no change" as no entry), so the change view can compare them.
 */
export async function saveActivityTexts(
  orp: string,
  activity: ActivityDoc,
  year: number,
  input: { title: string; description: string },
  writer: Writer,
): Promise<void> {
  const titled = withText<ActivityTextField>(activity.texts, 'title', year, input.title.trim());
  const texts = withText(titled, 'description', year, input.description.trim());
  await savePlanDoc(orp, asDoc(touched({ ...activity, texts }, writer)), writer);
}
