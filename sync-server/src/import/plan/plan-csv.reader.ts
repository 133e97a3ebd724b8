/**
 * A plan as a spreadsheet: one row per activity, with its measure's and priority's columns
 * repeated (rows of the same measure must agree on them). The plan's own columns need to be
 * filled in on the first row only. Lists are separated by ";", an indicator is
 * "name | unit | target". Builds the same structure as a JSON plan file.
 */
import { parse } from 'csv-parse/sync';
import type { ActivityInput, MeasureInput, PlanFileInput, PriorityInput } from './plan-file.types';

export const PLAN_CSV_COLUMNS = [
  'plan_title',
  'plan_from_year',
  'plan_to_year',
  'priority_number',
  'priority_title',
  'priority_description',
  'measure_number',
  'measure_title',
  'measure_description',
  'activity_number',
  'activity_title',
  'activity_description',
  'group',
  'responsible_organisation',
  'partners',
  'target_groups',
  'service_ids',
  'funding_sources',
  'indicators',
  'timeline_from',
  'timeline_to',
  'timeline_note',
] as const;
type Column = (typeof PLAN_CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

const REQUIRED: Column[] = ['priority_number', 'measure_number', 'activity_number'];

export interface CsvPlan {
  input: PlanFileInput;
  /** Spreadsheet row (header = 1) of each priority, measure and activity number. */
  lines: Map<string, number>;
  problems: string[];
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Parses CSV text; throws a one-sentence Error when it is not CSV or lacks columns. */
export function readPlanCsv(text: string): CsvPlan {
  const rows = parse(text, {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
  }) as Row[];
  const header = rows.length > 0 ? Object.keys(rows[0]!) : [];
  const unknown = header.filter((h) => !(PLAN_CSV_COLUMNS as readonly string[]).includes(h));
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (rows.length === 0 || unknown.length > 0 || missing.length > 0) {
    const what =
      rows.length === 0
        ? 'no rows'
        : unknown.length
          ? `unknown: ${unknown.join(', ')}`
          : `missing: ${missing.join(', ')}`;
    throw new Error(`it does not have the plan columns (${what}); see README.md, "Plan import"`);
  }
  const problems: string[] = [];
  const lines = new Map<string, number>();
  const first = rows[0]!;
  const input: PlanFileInput = {
    title: first.plan_title ?? '',
    fromYear: Number(first.plan_from_year),
    toYear: Number(first.plan_to_year),
    priorities: [],
  };
  const priorities = new Map<string, PriorityInput>();
  const measures = new Map<string, MeasureInput>();

  /** Fills `field` once; a later row with a different non-empty value is a problem. */
  function agree(
    target: object,
    field: string,
    value: string | undefined,
    row: number,
    what: string,
  ) {
    if (!value) return;
    const record = target as Record<string, unknown>;
    if (record[field] === undefined || record[field] === '') record[field] = value;
    else if (record[field] !== value) {
      problems.push(
        `row ${row}: ${what} ${field} differs from an earlier row ("${String(record[field])}")`,
      );
    }
  }

  rows.forEach((row, i) => {
    const line = i + 2;
    for (const column of REQUIRED) {
      if (!row[column]) problems.push(`row ${line}: ${column} is missing`);
    }
    if (i > 0) {
      agree(input, 'title', row.plan_title, line, 'plan');
      for (const [column, field] of [
        ['plan_from_year', 'fromYear'],
        ['plan_to_year', 'toYear'],
      ] as const) {
        if (row[column] && Number(row[column]) !== input[field]) {
          problems.push(`row ${line}: ${column} differs from the first row`);
        }
      }
    }
    const pNumber = row.priority_number ?? '';
    let priority = priorities.get(pNumber);
    if (!priority) {
      priority = { number: pNumber, title: '', measures: [] };
      priorities.set(pNumber, priority);
      input.priorities.push(priority);
      lines.set(`priority ${pNumber}`, line);
    }
    agree(priority, 'title', row.priority_title, line, `priority ${pNumber}`);
    agree(priority, 'description', row.priority_description, line, `priority ${pNumber}`);
    const mNumber = row.measure_number ?? '';
    let measure = measures.get(mNumber);
    if (!measure) {
      measure = { number: mNumber, title: '', activities: [] };
      measures.set(mNumber, measure);
      priority.measures.push(measure);
      lines.set(`measure ${mNumber}`, line);
    } else if (!priority.measures.includes(measure)) {
      problems.push(`row ${line}: measure ${mNumber} already belongs to another priority`);
    }
    agree(measure, 'title', row.measure_title, line, `measure ${mNumber}`);
    agree(measure, 'description', row.measure_description, line, `measure ${mNumber}`);
    const activity: ActivityInput = {
      number: row.activity_number ?? '',
      title: row.activity_title ?? '',
      group: row.group ?? '',
      responsibleOrganisation: row.responsible_organisation ?? '',
      partners: list(row.partners),
      targetGroups: list(row.target_groups),
      serviceIds: list(row.service_ids),
      fundingSources: list(row.funding_sources),
      indicators: list(row.indicators).map((text) => {
        const [name = '', unit = '', target = ''] = text.split('|').map((part) => part.trim());
        if (!/^-?\d+([.,]\d+)?$/.test(target)) {
          problems.push(`row ${line}: indicator "${text}" must look like "name | unit | target"`);
        }
        return { name, unit, target: Number(target.replace(',', '.')) };
      }),
      timeline: {
        ...(row.timeline_from ? { fromYear: Number(row.timeline_from) } : {}),
        ...(row.timeline_to ? { toYear: Number(row.timeline_to) } : {}),
        ...(row.timeline_note ? { note: row.timeline_note } : {}),
      },
    };
    if (row.activity_description) activity.description = row.activity_description;
    measure.activities.push(activity);
    lines.set(`activity ${activity.number}`, line);
  });
  return { input, lines, problems };
}
