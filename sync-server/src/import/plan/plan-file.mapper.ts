/**
 * A plan file (plan-file.types.ts, already parsed from JSON or built from CSV) → the plan
 * database's documents. Checks every field and collects every problem with where it is, so
 * one run lists them all; the documents are then checked once more with the same shape rules
 * CouchDB runs (plan-schema.validation.ts).
 */
import { slugify } from '../../../../src/lib/domain/catalog/ids';
import { withText } from '../../../../src/lib/domain/plan/plan-texts';
import {
  actionPlanItemId,
  activityId,
  measureId,
  monitoringId,
  PLAN_ID,
  PLAN_KEY_PATTERN,
  priorityId,
  type ActionPlanItemDoc,
  type ActivityDoc,
  type MeasureDoc,
  type MonitoringDoc,
  type PlanAuthorship,
  type PlanDbDoc,
  type PlanDoc,
  type PriorityDoc,
  type YearTexts,
} from '../../../../src/lib/domain/plan/plan.types';
import { validatePlanDocShape } from '../../../../src/lib/domain/plan/plan-schema.validation';
import type { AnyDoc } from '../../../../src/lib/domain/validation/validation.types';
import { FieldReader, type Obj } from './field-reader';

export interface MapOptions {
  orp: string;
  /** Who the documents name as author and approver ("import", "demo"). */
  author: string;
  now: string;
  /** Line of a node in the source file, for messages; undefined when unknown. */
  lineOf?: (kind: 'priority' | 'measure' | 'activity', number: string) => number | undefined;
}

export interface MapResult {
  docs: PlanDbDoc[];
  problems: string[];
}

const TEXT_FIELDS = {
  plan: ['title', 'vision'],
  node: ['title', 'description'],
} as const;

function buildTexts<F extends string>(
  r: FieldReader,
  obj: Obj,
  fields: readonly F[],
  baseYear: number,
): YearTexts<F> {
  let texts: YearTexts<F> = {};
  for (const field of fields) {
    const value = r.text(obj, field, field === 'title');
    if (value) texts = withText(texts, field, baseYear, value);
  }
  const updates = r.object(obj, 'updates', false) ?? {};
  for (const year of Object.keys(updates).sort()) {
    const entry = r.objectAt(updates[year], `updates.${year}`);
    if (!entry || !r.year(year, `updates.${year}`)) continue;
    for (const field of Object.keys(entry)) {
      if (!(fields as readonly string[]).includes(field)) {
        r.problem(`updates.${year}.${field}`, `is not one of ${fields.join(', ')}`);
        continue;
      }
      const value = entry[field];
      if (typeof value !== 'string') r.problem(`updates.${year}.${field}`, 'must be text');
      else texts = withText(texts, field as F, Number(year), value.trim());
    }
  }
  return texts;
}

/** Maps the whole file; `problems` empty means every document is valid. */
export function mapPlanFile(input: unknown, options: MapOptions): MapResult {
  const problems: string[] = [];
  const docs: PlanDbDoc[] = [];
  const root = new FieldReader(problems, 'plan', undefined);
  const file = root.objectAt(input, '');
  if (!file) return { docs, problems };
  const signed: PlanAuthorship = {
    createdBy: options.author,
    createdAt: options.now,
    updatedBy: options.author,
    updatedAt: options.now,
  };
  const fileOrp = root.text(file, 'orp', false);
  if (fileOrp && fileOrp !== options.orp) {
    root.problem('orp', `is "${fileOrp}" but the import is for ORP "${options.orp}"`);
  }
  const fromYear = root.int(file, 'fromYear', true) ?? 0;
  const toYear = root.int(file, 'toYear', true) ?? 0;
  const plan: PlanDoc = {
    _id: PLAN_ID,
    type: 'plan',
    orp: options.orp,
    fromYear,
    toYear,
    texts: buildTexts(root, file, TEXT_FIELDS.plan, fromYear),
    ...signed,
  };
  const projectNumber = root.text(file, 'projectNumber', false);
  if (projectNumber) plan.projectNumber = projectNumber;
  docs.push(plan);

  const seen = new Set<string>();
  const codeOf = (r: FieldReader, obj: Obj, prefix: string): string => {
    const code = r.text(obj, 'code', false) ?? r.text(obj, 'number', true) ?? '';
    if (!PLAN_KEY_PATTERN.test(code)) {
      r.problem('code', `"${code}" cannot be used in an id (letters, digits, . _ - only)`);
    } else if (seen.has(prefix + code)) {
      r.problem('code', `${prefix}${code} appears twice`);
    }
    seen.add(prefix + code);
    return code;
  };
  const at = (kind: 'priority' | 'measure' | 'activity', obj: unknown, index: number) => {
    const number = typeof (obj as Obj)?.number === 'string' ? String((obj as Obj).number) : '';
    const label = number ? `${kind} ${number}` : `${kind} #${index + 1}`;
    return new FieldReader(problems, label, number ? options.lineOf?.(kind, number) : undefined);
  };

  root.list(file, 'priorities', true).forEach((pInput, pi) => {
    const r = at('priority', pInput, pi);
    const p = r.objectAt(pInput, '');
    if (!p) return;
    const pCode = codeOf(r, p, 'priority:');
    const priority: PriorityDoc = {
      _id: priorityId(pCode),
      type: 'priority',
      number: r.text(p, 'number', true) ?? '',
      order: pi + 1,
      texts: buildTexts(r, p, TEXT_FIELDS.node, fromYear),
      ...signed,
    };
    docs.push(priority);
    r.list(p, 'measures', false).forEach((mInput, mi) => {
      const mr = at('measure', mInput, mi);
      const m = mr.objectAt(mInput, '');
      if (m) mapMeasure(mr, m, priority._id, codeOf(mr, m, 'measure:'));
    });
  });

  function mapMeasure(r: FieldReader, m: Obj, parent: string, code: string): void {
    const status = r.oneOf(m, 'status', ['proposed', 'approved', 'rejected'], 'approved');
    const measure: MeasureDoc = {
      _id: measureId(code),
      type: 'measure',
      priorityId: parent,
      number: r.text(m, 'number', true) ?? '',
      status,
      texts: buildTexts(r, m, TEXT_FIELDS.node, fromYear),
      ...signed,
    };
    const proposedByGroup = r.text(m, 'proposedByGroup', status === 'proposed');
    if (proposedByGroup) {
      Object.assign(measure, {
        proposedBy: options.author,
        proposedAt: options.now,
        proposedByGroup,
      });
    }
    if (status !== 'proposed') {
      Object.assign(measure, { decidedBy: options.author, decidedAt: options.now });
    }
    const note = r.text(m, 'decisionNote', false);
    if (note) measure.decisionNote = note;
    docs.push(measure);
    r.list(m, 'activities', false).forEach((aInput, ai) => {
      const ar = at('activity', aInput, ai);
      const a = ar.objectAt(aInput, '');
      if (a) mapActivity(ar, a, measure._id, codeOf(ar, a, 'activity:'));
    });
  }

  function mapActivity(r: FieldReader, a: Obj, parent: string, code: string): void {
    const timeline = r.object(a, 'timeline', false) ?? {};
    const indicators = r.list(a, 'indicators', false).flatMap((item, i) => {
      const ind = r.objectAt(item, `indicators[${i}]`);
      if (!ind) return [];
      const name = r.text(ind, 'name', true) ?? '';
      return [
        {
          id: r.text(ind, 'id', false) ?? slugify(name),
          name,
          unit: r.text(ind, 'unit', false) ?? '',
          target: r.number(ind, 'target', true) ?? 0,
        },
      ];
    });
    const group = r.text(a, 'group', true) ?? '';
    const activity: ActivityDoc = {
      _id: activityId(code),
      type: 'activity',
      measureId: parent,
      number: r.text(a, 'number', true) ?? '',
      group,
      responsibleOrganisation: r.text(a, 'responsibleOrganisation', false) ?? '',
      partners: r.strings(a, 'partners'),
      targetGroups: r.strings(a, 'targetGroups'),
      serviceIds: r.strings(a, 'serviceIds'),
      fundingSources: r.strings(a, 'fundingSources'),
      indicators,
      timeline: {
        fromYear: r.int(timeline, 'fromYear', false) ?? fromYear,
        toYear: r.int(timeline, 'toYear', false) ?? toYear,
        ...(r.text(timeline, 'note', false) ? { note: r.text(timeline, 'note', false)! } : {}),
      },
      texts: buildTexts(r, a, TEXT_FIELDS.node, fromYear),
      ...signed,
    };
    docs.push(activity);
    const indicatorIds = new Set(indicators.map((i) => i.id));
    const yearly = (key: string) => {
      const byYear = r.object(a, key, false) ?? {};
      return Object.keys(byYear).flatMap((year) => {
        const entry = r.objectAt(byYear[year], `${key}.${year}`);
        return entry && r.year(year, `${key}.${year}`) ? [{ year: Number(year), entry }] : [];
      });
    };
    const approval = (entry: Obj) =>
      entry.approved === true
        ? { approved: true, approvedBy: options.author, approvedAt: options.now }
        : { approved: false };
    for (const { year, entry } of yearly('monitoring')) {
      const values = r.object(entry, 'indicatorValues', false) ?? {};
      const monitoring: MonitoringDoc = {
        _id: monitoringId(year, code),
        type: 'monitoring',
        activityId: activity._id,
        year,
        group,
        comment: r.text(entry, 'comment', false) ?? '',
        indicatorValues: Object.keys(values).map((indicatorId) => {
          if (!indicatorIds.has(indicatorId)) {
            r.problem(`monitoring.${year}.indicatorValues.${indicatorId}`, 'is not an indicator');
          }
          return { indicatorId, value: Number(values[indicatorId]) };
        }),
        evidence: r.list(entry, 'evidence', false) as MonitoringDoc['evidence'],
        ...approval(entry),
        ...signed,
      };
      const status = r.text(entry, 'status', false);
      if (status) monitoring.status = status as MonitoringDoc['status'];
      docs.push(monitoring);
    }
    for (const { year, entry } of yearly('actionPlan')) {
      const item: ActionPlanItemDoc = {
        _id: actionPlanItemId(year, code),
        type: 'action-plan-item',
        activityId: activity._id,
        year,
        group,
        steps: r.strings(entry, 'steps'),
        responsible: r.text(entry, 'responsible', false) ?? '',
        ...approval(entry),
        ...signed,
      };
      const budget = r.object(entry, 'budget', false);
      if (budget) item.budget = budget as unknown as ActionPlanItemDoc['budget'];
      const deadline = r.text(entry, 'deadline', false);
      if (deadline) item.deadline = deadline;
      docs.push(item);
    }
  }

  // The same shape rules CouchDB applies: whatever the readers above let through.
  if (problems.length === 0) {
    for (const doc of docs) {
      const result = validatePlanDocShape(doc as unknown as AnyDoc, options.orp);
      if (!result.ok) problems.push(`${doc._id}: ${result.reason.en}`);
    }
  }
  return { docs, problems };
}
