import { AGE_GROUPS, CAPACITY_UNITS, FORMS, TARGET_GROUPS } from './data/groups.data';
import { SERVICE_TYPES, type ServiceTypeSeed } from './data/service-types.data';
import type { ServiceTypeRef } from './service.types';
import { taxonomyId, type TaxonomyDoc } from './taxonomy.types';

/** The built-in taxonomy terms as documents, written into `catalog` on first start. */
export function taxonomyDocs(updatedAt: string): TaxonomyDoc[] {
  const docs: TaxonomyDoc[] = [];
  SERVICE_TYPES.forEach((t, order) => {
    docs.push({
      _id: taxonomyId('service-type', t.key),
      type: 'taxonomy',
      kind: 'service-type',
      key: t.key,
      name: { cs: t.cs, en: t.en },
      section: t.section,
      category: t.category,
      ...(t.rpssCode ? { rpssCode: t.rpssCode } : {}),
      order,
      updatedAt,
    });
  });
  FORMS.forEach((f, order) => {
    docs.push({
      _id: taxonomyId('form', f.key),
      type: 'taxonomy',
      kind: 'form',
      key: f.key,
      name: { cs: f.cs, en: f.en },
      meaning: { cs: f.meaningCs, en: f.meaningEn },
      rpssCode: `FormaSocialniSluzby/${f.key}`,
      order,
      updatedAt,
    });
  });
  TARGET_GROUPS.forEach((g, order) => {
    docs.push({
      _id: taxonomyId('target-group', g.key),
      type: 'taxonomy',
      kind: 'target-group',
      key: g.key,
      name: { cs: g.cs, en: g.en },
      ...(g.rpssCode ? { rpssCode: g.rpssCode } : {}),
      order,
      updatedAt,
    });
  });
  AGE_GROUPS.forEach((a, order) => {
    docs.push({
      _id: taxonomyId('age-group', a.key),
      type: 'taxonomy',
      kind: 'age-group',
      key: a.key,
      name: { cs: a.cs, en: a.en },
      from: a.from,
      ...(a.to !== undefined ? { to: a.to } : {}),
      order,
      updatedAt,
    });
  });
  CAPACITY_UNITS.forEach((u, order) => {
    docs.push({
      _id: taxonomyId('capacity-unit', u.key),
      type: 'taxonomy',
      kind: 'capacity-unit',
      key: u.key,
      name: { cs: u.cs, en: u.en },
      rpssCode: `TypKapacitySocialniSluzby/${u.key}`,
      order,
      updatedAt,
    });
  });
  return docs;
}

export function serviceTypeByKey(key: string): ServiceTypeSeed | undefined {
  return SERVICE_TYPES.find((t) => t.key === key);
}

/** The denormalised reference a service carries, so a card renders without a lookup. */
export function serviceTypeRef(key: string): ServiceTypeRef {
  const t = serviceTypeByKey(key);
  if (!t) throw new Error(`Unknown service type key: ${key}`);
  return {
    key: t.key,
    section: t.section,
    name: t.cs,
    category: t.category,
    ...(t.rpssCode ? { code: t.rpssCode } : {}),
  };
}

/**
 * Normalise a Czech name for matching code lists to our terms: case, spacing and the
 * typographic slash variants differ between sources; diacritics do not.
 */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}
