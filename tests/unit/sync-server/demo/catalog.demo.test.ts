import { describe, expect, it } from 'vitest';
import { validateCatalogDoc } from '../../../../src/lib/domain/catalog/catalog.validation';
import {
  isPlanningCatalogDoc,
  validatePlanningDoc,
} from '../../../../src/lib/domain/planning/planning.validation';
import type { AnyDoc } from '../../../../src/lib/domain/validation/validation.types';
import { demoCatalogDocs, demoServices } from '../../../../sync-server/src/demo/catalog.demo';

describe('demo catalogue', () => {
  const services = demoServices();

  it('has at least 80 services across both ORPs, covering at least 25 service types', () => {
    expect(services.length).toBeGreaterThanOrEqual(80);
    expect(new Set(services.map((s) => s.serviceType.key)).size).toBeGreaterThanOrEqual(25);
    const orps = services.map((s) => s.serviceArea?.orps?.[0]);
    expect(orps.filter((o) => o === 'cesky-krumlov').length).toBeGreaterThan(30);
    expect(orps.filter((o) => o === 'dacice').length).toBeGreaterThan(25);
  });

  it('labels every demo organisation as fictional', () => {
    for (const s of services) {
      expect(s.demo).toBe(true);
      expect(s.provider.name).toMatch(/\(ukázka\)$/);
    }
  });

  it('is deterministic (stable ids and content on every start)', () => {
    expect(JSON.stringify(demoCatalogDocs())).toBe(JSON.stringify(demoCatalogDocs()));
    expect(new Set(services.map((s) => s._id)).size).toBe(services.length);
  });

  it('passes the shared validation, so provisioning writes every document', () => {
    for (const doc of demoCatalogDocs()) {
      const any = doc as unknown as AnyDoc;
      // Planning records (planning-orp, working-group) have their own validation.
      const result = isPlanningCatalogDoc(any) ? validatePlanningDoc(any) : validateCatalogDoc(any);
      expect(result, doc._id).toEqual({ ok: true });
    }
  });
});
