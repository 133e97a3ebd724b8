import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadCodeLists,
  type CodeLists,
} from '../../../../sync-server/src/import/rpss/rpss-codelists';
import {
  mapRpssRecord,
  MapReport,
  type MapOutcome,
} from '../../../../sync-server/src/import/rpss/rpss.mapper';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/rpss');
let codeLists: CodeLists;
let records: Record<string, unknown>[];

beforeAll(async () => {
  codeLists = await loadCodeLists(path.join(FIXTURES, 'codelists'));
  records = (
    JSON.parse(await readFile(path.join(FIXTURES, 'rpss.json'), 'utf8')) as {
      polozky: Record<string, unknown>[];
    }
  ).polozky;
});

function map(index: number, report = new MapReport()): Extract<MapOutcome, { kind: 'service' }> {
  const out = mapRpssRecord(records[index], { codeLists, today: '2026-11-22', report });
  if (out.kind !== 'service') throw new Error(`record ${index} was skipped: ${out.reason}`);
  return out;
}

describe('mapRpssRecord', () => {
  it('maps a record to our model with a stable id, codes resolved by name', () => {
    const { data, ended, scope } = map(0);
    expect(data._id).toBe('service:rpss-1000001');
    expect(data.serviceType).toMatchObject({
      key: '49',
      section: '49',
      code: 'DruhSocialniSluzby/13',
    });
    expect(data.targetGroups).toEqual(['seniori', 'demence']);
    expect(data.ageGroups).toEqual(['mladsi-seniori', 'starsi-seniori']);
    expect(data.forms).toEqual([
      {
        form: 'pob',
        continuous: true,
        capacities: [
          {
            kind: 'registered-maximum',
            max: 32,
            unit: 'luzka',
            note: 'lůžka v jednolůžkových a dvoulůžkových pokojích',
          },
        ],
      },
    ]);
    expect(data.locations?.[0]?.address).toMatchObject({
      street: 'Fixturová',
      municipality: 'Český Krumlov',
      postcode: '381 01',
      ruianCode: '11867906',
    });
    expect(ended).toBe(false);
    expect(scope.orpKeys).toEqual(['cesky-krumlov']);
  });

  it('keeps IČO as 8-digit text and falls back to the provider contacts', () => {
    const { data } = map(0);
    expect(data.provider.ico).toBe('00070886');
    expect(data.contacts?.phones).toEqual([{ value: '380111222', note: 'ústředna' }]);
    // A registry document URL is not a contact.
    expect(JSON.stringify(data)).not.toContain('registr.example');
  });

  it('prefers the service contacts over the provider ones, per kind', () => {
    const { data } = map(3);
    expect(data.contacts?.emails).toEqual([{ value: 'pecovatelky@fixturova.example' }]);
    expect(data.contacts?.webs).toEqual([{ value: 'https://provider.fixturova.example' }]);
    // The closed facility is not a location any more.
    expect(data.locations).toHaveLength(1);
  });

  it('drops personal data and reduces a secret address to a flag', () => {
    const report = new MapReport();
    const first = JSON.stringify(map(0, report).data);
    const shelter = map(1, report).data;
    expect(first).not.toMatch(/Statutární|Vedoucí|statutarni/);
    expect(shelter.locations).toEqual([{ addressWithheld: true }]);
    expect(JSON.stringify(shelter)).not.toMatch(/Tajná|98765432|Bezpečí –/);
    expect(report.withheldAddresses).toBe(1);
  });

  it('flags an ended service', () => {
    expect(map(2).ended).toBe(true);
  });

  it('skips an unknown service type and reports the code with its name', () => {
    const report = new MapReport();
    const out = mapRpssRecord(records[4], { codeLists, today: '2026-11-22', report });
    expect(out.kind).toBe('skipped');
    expect(report.unknownCodeLines()).toEqual([
      'DruhSocialniSluzby/98 "zcela nový druh služby" (service type): 1×',
    ]);
  });

  it('reports unknown target groups and drops beds on an outpatient form', () => {
    const report = new MapReport();
    const { data } = map(5, report);
    expect(data.targetGroups).toEqual(['deti-mladez-ohrozene']);
    expect(report.unknownCodeLines()).toEqual(['CilovaSkupinaOsoby/999 (target group): 1×']);
    expect(data.forms?.[0]?.capacities).toEqual([
      { kind: 'registered-maximum', max: 15, unit: 'kontakt', note: 'kontaktů za den' },
    ]);
    expect(report.droppedCapacities).toBe(1);
  });

  it('reads served ORPs from rozsirenePusobnostiVKraji', () => {
    expect(map(7).data.serviceArea?.orps).toEqual(['cesky-krumlov', 'dacice']);
  });

  it('refuses a record that does not match the format', () => {
    const ctx = { codeLists, today: '2026-11-22', report: new MapReport() };
    expect(() => mapRpssRecord({ druhSocialniSluzby: { id: 'x' } }, ctx)).toThrow(/identifikator/);
    expect(() => mapRpssRecord([1, 2], ctx)).toThrow(/not a JSON object/);
  });
});
