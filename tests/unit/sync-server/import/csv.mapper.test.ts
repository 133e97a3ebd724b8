import { describe, expect, it } from 'vitest';
import { deepEqual } from '../../../../src/lib/domain/catalog/stable-json';
import { demoServices } from '../../../../sync-server/src/demo/catalog.demo';
import {
  applyRow,
  rowToService,
  serviceToRow,
} from '../../../../sync-server/src/import/csv/csv.mapper';

describe('CSV mapping of local services', () => {
  it('round-trips every demo service without changing it', () => {
    for (const doc of demoServices()) {
      const { fields, errors } = rowToService(serviceToRow(doc));
      expect(errors).toEqual([]);
      const { updatedAt: _u, ...rest } = doc;
      expect(deepEqual(applyRow(doc, fields!), rest), doc._id).toBe(true);
    }
  });

  it('lists every problem of a bad row in words', () => {
    const { fields, errors } = rowToService({
      name: 'Poradna',
      provider_name: '',
      service_type: '99',
      forms: 'amb; domácí',
      provider_ico: '123',
      lat: '49,1',
    });
    expect(fields).toBeUndefined();
    expect(errors).toEqual([
      'provider_name is empty',
      'service_type "99" is not a section (e.g. 40) or name of a service type',
      'form "domácí" is not pob, amb or ter',
      'provider_ico "123" is not 8 digits',
      'give both lat and lon, or neither',
    ]);
  });

  it('refuses rows that target registry services', () => {
    const { errors } = rowToService({
      id: 'service:rpss-1',
      name: 'X',
      provider_name: 'Y',
      service_type: '40',
    });
    expect(errors).toContain('registry services cannot be imported from CSV');
  });
});
