import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanCsv } from '../../../../../sync-server/src/import/plan/plan-csv.reader';
import { mapPlanFile } from '../../../../../sync-server/src/import/plan/plan-file.mapper';
import { textForYear } from '../../../../../src/lib/domain/plan/plan-texts';
import type { ActivityDoc } from '../../../../../src/lib/domain/plan/plan.types';

const SAMPLES = new URL('../../../../../sync-server/src/import/plan/samples/', import.meta.url);
const options = { orp: 'ck', author: 'import', now: '2026-11-22T10:00:00.000Z' };
const sampleJson = () => JSON.parse(readFileSync(new URL('plan.sample.json', SAMPLES), 'utf8'));

describe('plan file mapper', () => {
  it('maps the JSON sample into valid documents with year-keyed texts', () => {
    const { docs, problems } = mapPlanFile(sampleJson(), options);
    expect(problems).toEqual([]);
    expect(docs.map((d) => d._id)).toEqual([
      'plan',
      'priority:1',
      'measure:1.1',
      'activity:1.1.1',
      'monitoring:2026:1.1.1',
      'action:2027:1.1.1',
      'activity:1.1.2',
    ]);
    const activity = docs[3] as ActivityDoc;
    expect(textForYear(activity, 'description', 2026)).toBe(
      'Udržet kapacitu a obsluhovat spádové obce.',
    );
    expect(textForYear(activity, 'description', 2028)).toMatch(/víkendové/);
    const second = docs[6] as ActivityDoc;
    expect(second.indicators[0]?.id).toBe('hodiny-pece');
    expect(second.timeline).toEqual({ fromYear: 2026, toYear: 2028 });
  });

  it('reports every bad field with where it is', () => {
    const input = sampleJson();
    const activity = input.priorities[0].measures[0].activities[0];
    activity.group = undefined;
    activity.indicators[0].target = 'hodně';
    activity.monitoring['2026'].indicatorValues = { neznamy: 3 };
    input.priorities[0].measures[0].activities[1].number = '1.1.1';
    const lineOf = (kind: string, number: string) =>
      kind === 'activity' && number === '1.1.1' ? 17 : undefined;
    const { problems } = mapPlanFile(input, { ...options, lineOf });
    expect(problems).toEqual([
      'activity 1.1.1 (line 17), target: must be a number',
      'activity 1.1.1 (line 17), group: is missing',
      'activity 1.1.1 (line 17), monitoring.2026.indicatorValues.neznamy: is not an indicator',
      'activity 1.1.1 (line 17), code: activity:1.1.1 appears twice',
    ]);
  });

  it('refuses a file for another ORP and shapes CouchDB would refuse', () => {
    expect(mapPlanFile({ ...sampleJson(), orp: 'jine' }, options).problems).toEqual([
      'plan, orp: is "jine" but the import is for ORP "ck"',
    ]);
    const backwards = mapPlanFile({ ...sampleJson(), fromYear: 2028, toYear: 2026 }, options);
    expect(backwards.problems[0]).toMatch(/^plan: The plan period/);
    expect(mapPlanFile([], options).problems).toEqual(['plan: must be an object']);
  });
});

describe('plan CSV reader', () => {
  it('groups rows into priorities and measures and maps like JSON', () => {
    const csv = readPlanCsv(readFileSync(new URL('plan.sample.csv', SAMPLES), 'utf8'));
    expect(csv.problems).toEqual([]);
    expect(csv.lines.get('activity 1.2.1')).toBe(4);
    const { docs, problems } = mapPlanFile(csv.input, options);
    expect(problems).toEqual([]);
    expect(docs.filter((d) => d.type === 'measure').map((d) => d._id)).toEqual([
      'measure:1.1',
      'measure:1.2',
    ]);
    const first = docs.find((d) => d._id === 'activity:1.1.1') as ActivityDoc;
    expect(first.fundingSources).toEqual(['dotace MPSV', 'rozpočet města']);
    expect(first.indicators).toEqual([
      { id: 'pocet-klientu', name: 'Počet klientů', unit: 'osob', target: 150 },
    ]);
    expect(first.timeline).toEqual({ fromYear: 2026, toYear: 2028, note: 'průběžně' });
  });

  it('names the row of each problem and refuses unknown columns', () => {
    const header =
      'plan_title,plan_from_year,plan_to_year,priority_number,priority_title,measure_number,activity_number,group,indicators';
    const text = `${header}\nPlán,2026,2028,1,A,1.1,1.1.1,seniori,Klienti | osob | mnoho\nPlán,2026,2028,1,B,1.1,,seniori,\n`;
    expect(readPlanCsv(text).problems).toEqual([
      'row 2: indicator "Klienti | osob | mnoho" must look like "name | unit | target"',
      'row 3: activity_number is missing',
      'row 3: priority 1 title differs from an earlier row ("A")',
    ]);
    expect(() => readPlanCsv('nazev,skupina\nx,y\n')).toThrow(/unknown: nazev, skupina/);
  });
});
