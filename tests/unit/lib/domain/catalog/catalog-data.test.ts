import { describe, expect, it } from 'vitest';
import { AGE_GROUPS, TARGET_GROUPS } from '../../../../../src/lib/domain/catalog/data/groups.data';
import { SERVICE_TYPES } from '../../../../../src/lib/domain/catalog/data/service-types.data';
import { registryServiceId, slugify } from '../../../../../src/lib/domain/catalog/ids';
import { lifeSituationDocs } from '../../../../../src/lib/domain/catalog/life-situations';
import { territoryDocs } from '../../../../../src/lib/domain/catalog/territory';

const T = '2026-11-01T00:00:00.000Z';

describe('built-in catalogue data', () => {
  it('has the 34 service types of the registry, with unique keys', () => {
    expect(SERVICE_TYPES).toHaveLength(34);
    expect(new Set(SERVICE_TYPES.map((t) => t.key)).size).toBe(34);
  });

  it('has at least 20 life situations whose mappings point at existing terms', () => {
    const docs = lifeSituationDocs(T);
    expect(docs.length).toBeGreaterThanOrEqual(20);
    const types = new Set(SERVICE_TYPES.map((t) => t.key));
    const groups = new Set(TARGET_GROUPS.map((g) => g.key));
    for (const ls of docs) {
      for (const m of ls.serviceTypes) {
        expect(types.has(m.key), `${ls.key} → ${m.key}`).toBe(true);
        expect(m.why.cs.length, `${ls.key} → ${m.key}`).toBeGreaterThan(20);
        expect(m.why.en.length).toBeGreaterThan(20);
      }
      for (const g of ls.targetGroups) expect(groups.has(g), `${ls.key} → ${g}`).toBe(true);
      expect(ls.keywords.length).toBeGreaterThan(0);
    }
  });

  it('has a territory tree: region → the two ORPs → their municipalities', () => {
    const docs = territoryDocs(T);
    const ids = new Set(docs.map((d) => d._id));
    expect(ids.has('territory:region:jihocesky')).toBe(true);
    expect(ids.has('territory:orp:cesky-krumlov')).toBe(true);
    expect(ids.has('territory:orp:dacice')).toBe(true);
    expect(ids.size).toBe(docs.length);
    for (const d of docs) if (d.parent) expect(ids.has(d.parent), d._id).toBe(true);
    expect(docs.filter((d) => d.parent === 'territory:orp:dacice').length).toBeGreaterThan(10);
  });

  it('has the nine age groups of the registry', () => {
    expect(AGE_GROUPS).toHaveLength(9);
  });

  it('derives stable ids', () => {
    expect(slugify('Pečovatelská služba Dačice')).toBe('pecovatelska-sluzba-dacice');
    expect(registryServiceId(' 7654321 ')).toBe('service:rpss-7654321');
    expect(registryServiceId('a/b c')).toBe('service:rpss-a_b_c');
  });
});
