/**
 * Documents of an ORP's plan database `orp-<orp>-plan` (planDbName in ../roles.ts).
 *
 * The plan runs vision → priorities → measures (opatření) → activities (aktivity); each year the
 * owning working group records monitoring per activity, and the action plan for the next year
 * selects activities. One document per node (not one big plan document), so two people rarely
 * edit the same document and the year's monitoring of one group never conflicts with another's.
 *
 * Ids: `plan`, `priority:<code>`, `measure:<code>`, `activity:<code>`,
 * `monitoring:<year>:<activityCode>`, `action:<year>:<activityCode>`. A code is a stable key
 * without colons (KEY_PATTERN), by default the number at creation ("1.2.3"); the shown number
 * (`number`) may change later without changing ids or links.
 *
 * Texts keep their history by year (`texts`, see plan-texts.ts): the change view compares last
 * year's wording with this year's. Structured fields (partners, funding, indicators…) hold the
 * current value only.
 */

/** Who wrote a document and when; validation binds the names to the signed-in user. */
export interface PlanAuthorship {
  createdBy: string;
  /** ISO date-time */
  createdAt: string;
  updatedBy: string;
  /** ISO date-time */
  updatedAt: string;
}

interface PlanDocBase extends PlanAuthorship {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
}

/**
 * Year-keyed texts: `{ "2026": { title: "…", description: "…" }, "2027": { description: "…" } }`.
 * Keys are four-digit years as strings (JSON object keys). A year holds only the fields that
 * were written (or rewritten) that year; a field missing in a year inherits the latest earlier
 * year's wording. An empty string is an explicit "no text from this year on".
 */
export type YearTexts<F extends string> = Record<string, Partial<Record<F, string>>>;

export type PlanTextField = 'title' | 'vision';
export type PriorityTextField = 'title' | 'description';
export type MeasureTextField = 'title' | 'description';
export type ActivityTextField = 'title' | 'description';

/** The plan itself, id `plan` (one per database). */
export interface PlanDoc extends PlanDocBase {
  type: 'plan';
  orp: string;
  /** First and last year of the plan's period, e.g. 2026 and 2028. */
  fromYear: number;
  toYear: number;
  /** Registration number of the project financing the plan (e.g. CZ.03.…), if any. */
  projectNumber?: string;
  texts: YearTexts<PlanTextField>;
}

/** Priority (priorita), id `priority:<code>`. */
export interface PriorityDoc extends PlanDocBase {
  type: 'priority';
  /** Shown number, "1", "2"… */
  number: string;
  /** Sort position among priorities (ascending); falls back to `number`. */
  order: number;
  texts: YearTexts<PriorityTextField>;
}

export type MeasureStatus = 'proposed' | 'approved' | 'rejected';
export const MEASURE_STATUSES: readonly MeasureStatus[] = ['proposed', 'approved', 'rejected'];

/**
 * Measure (opatření), id `measure:<code>`. A working group proposes one (`status: proposed`,
 * `proposedBy/At/ByGroup`); the steering group — in the app, the ORP coordinator — approves or
 * rejects it (`decidedBy/At`, optional `decisionNote`). Measures written by a coordinator
 * directly (or imported) start `approved` with `decidedBy/At` set and no `proposed*` fields.
 */
export interface MeasureDoc extends PlanDocBase {
  type: 'measure';
  /** Parent priority's id, `priority:<code>`. */
  priorityId: string;
  /** Shown number, "1.2". */
  number: string;
  status: MeasureStatus;
  proposedBy?: string;
  proposedAt?: string;
  /** Code of the proposing working group. */
  proposedByGroup?: string;
  decidedBy?: string;
  decidedAt?: string;
  decisionNote?: string;
  texts: YearTexts<MeasureTextField>;
}

export interface Indicator {
  /** Stable key within the activity (KEY_PATTERN), referenced by monitoring values. */
  id: string;
  name: string;
  /** Unit in words, e.g. "klientů", "hodin", "%". */
  unit: string;
  /** Target value for the plan's period. */
  target: number;
}

export interface Timeline {
  fromYear: number;
  toYear: number;
  /** Free wording, e.g. "průběžně", "1. pololetí 2027". */
  note?: string;
}

/** Activity (aktivita), id `activity:<code>`. Owned by one working group. */
export interface ActivityDoc extends PlanDocBase {
  type: 'activity';
  /** Parent measure's id, `measure:<code>`. */
  measureId: string;
  /** Shown number, "1.2.3". */
  number: string;
  /** Code of the owning working group (`orp:<orp>:group:<group>` members write its monitoring). */
  group: string;
  responsibleOrganisation: string;
  partners: string[];
  /** Target-group codes of the catalogue taxonomy (e.g. "seniori"). */
  targetGroups: string[];
  /** Catalogue service ids (`service:…`) this activity funds or develops. */
  serviceIds: string[];
  /** Funding sources in words, e.g. "rozpočet města", "dotace MPSV". */
  fundingSources: string[];
  indicators: Indicator[];
  timeline: Timeline;
  texts: YearTexts<ActivityTextField>;
}

/** Monitoring statuses in report order (splněno first). Labels are the app's i18n. */
export const MONITORING_STATUSES = [
  'splneno',
  'plni-se-prubezne',
  'castecne-splneno',
  'nesplneno',
  'zruseno-presunuto',
] as const;
export type MonitoringStatus = (typeof MONITORING_STATUSES)[number];

export interface IndicatorValue {
  /** `Indicator.id` of the activity. */
  indicatorId: string;
  value: number;
  note?: string;
}

export type EvidenceKind = 'link' | 'decision' | 'text' | 'survey';
export const EVIDENCE_KINDS: readonly EvidenceKind[] = ['link', 'decision', 'text', 'survey'];

/**
 * Evidence of fulfilment. `link`: `url` (http/https). `decision`: `ref` is a group-database
 * document id (`decision:<meetingKey>:<n>`) with `db` the group database it lives in. `text`:
 * the label says it all. `survey`: `ref` is a survey (`survey:<key>`) in `db`
 * (`orp-<orp>-surveys`); the label carries the result's summary (title, respondents).
 */
export interface Evidence {
  kind: EvidenceKind;
  label: string;
  url?: string;
  db?: string;
  ref?: string;
}

/**
 * Monitoring of one activity for one year, id `monitoring:<year>:<activityCode>`.
 *
 * Created by a coordinator ("open monitoring for year X": one per activity, `group` copied
 * from the activity), then filled in by that group's members. `group` never changes, because
 * validate_doc_update cannot read the activity to check it (see plan-access.validation.ts).
 * `status` is optional until the group fills it in. `approved` locks the document: only a
 * coordinator sets or clears it, and only a coordinator edits an approved one.
 */
export interface MonitoringDoc extends PlanDocBase {
  type: 'monitoring';
  /** `activity:<code>`, matching the id's activity code. */
  activityId: string;
  /** The monitored year, matching the id. */
  year: number;
  /** Owning group's code, copied from the activity when the document was opened. */
  group: string;
  status?: MonitoringStatus;
  comment: string;
  indicatorValues: IndicatorValue[];
  evidence: Evidence[];
  approved: boolean;
  approvedBy?: string;
  approvedAt?: string;
}

export interface Budget {
  /** Whole Czech crowns. */
  amount: number;
  fundingSource: string;
}

/**
 * One activity selected into the action plan of `year` (the year after the monitored one),
 * id `action:<year>:<activityCode>`. Same access as monitoring: a coordinator selects the
 * activity (creates the document with `group` copied), the group writes steps, budget,
 * responsible and deadline, the coordinator approves (locks).
 */
export interface ActionPlanItemDoc extends PlanDocBase {
  type: 'action-plan-item';
  activityId: string;
  year: number;
  group: string;
  /** Planned steps, in order. */
  steps: string[];
  budget?: Budget;
  /** Who is responsible, in words (an organisation or a person's role). */
  responsible: string;
  /** YYYY-MM-DD */
  deadline?: string;
  approved: boolean;
  approvedBy?: string;
  approvedAt?: string;
}

export type PlanDbDoc =
  PlanDoc | PriorityDoc | MeasureDoc | ActivityDoc | MonitoringDoc | ActionPlanItemDoc;
export type PlanDocType = PlanDbDoc['type'];

/** A key usable inside an id: no colon, no spaces (same as the group documents' keys). */
export const PLAN_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.@-]*$/;
/** Shown numbers: "1", "1.2", "1.2.3" (digits or letters per level). */
export const PLAN_NUMBER_PATTERN = /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/;

export const PLAN_ID = 'plan';

export function priorityId(code: string): string {
  return `priority:${code}`;
}
export function measureId(code: string): string {
  return `measure:${code}`;
}
export function activityId(code: string): string {
  return `activity:${code}`;
}
export function monitoringId(year: number, activityCode: string): string {
  return `monitoring:${year}:${activityCode}`;
}
export function actionPlanItemId(year: number, activityCode: string): string {
  return `action:${year}:${activityCode}`;
}

/** The code part of `priority:<code>`, `measure:<code>`, `activity:<code>`. */
export function codeOf(id: string): string {
  const colon = id.indexOf(':');
  return colon === -1 ? id : id.slice(colon + 1);
}

/** Year and activity code of a monitoring or action-plan id; undefined if malformed. */
export function parseYearlyId(id: string): { year: number; activityCode: string } | undefined {
  const match = /^(monitoring|action):(\d{4}):(.+)$/.exec(id);
  if (!match?.[2] || !match[3]) return undefined;
  return { year: Number(match[2]), activityCode: match[3] };
}

/**
 * Orders shown numbers the way a reader expects: "1.2" < "1.10" < "2". Numeric parts compare
 * as numbers, other parts as text.
 */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x);
    const ny = Number(y);
    const diff = Number.isNaN(nx) || Number.isNaN(ny) ? (x < y ? -1 : x > y ? 1 : 0) : nx - ny;
    if (diff !== 0) return diff;
  }
  return 0;
}
