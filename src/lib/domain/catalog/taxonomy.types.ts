import type { CapacityUnit, FormKey, ServiceCategory } from './service.types';

/**
 * Taxonomies are documents in `catalog` so editors can rename or extend them without a release.
 * Ids: `taxonomy:<kind>:<key>`; services refer to taxonomy terms by `key`.
 */
export type TaxonomyKind = 'service-type' | 'form' | 'target-group' | 'age-group' | 'capacity-unit';

interface TaxonomyBase {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  type: 'taxonomy';
  kind: TaxonomyKind;
  key: string;
  name: { cs: string; en: string };
  /** Registry code (e.g. "DruhSocialniSluzby/13") when confirmed; importers match names otherwise. */
  rpssCode?: string;
  /** Display order within its kind. */
  order: number;
  updatedAt: string;
}

export interface ServiceTypeTerm extends TaxonomyBase {
  kind: 'service-type';
  /** Legal section of zákon 108/2006 Sb.; empty when not confirmed. */
  section: string;
  category: ServiceCategory;
}

export interface FormTerm extends TaxonomyBase {
  kind: 'form';
  key: FormKey;
  meaning: { cs: string; en: string };
}

export interface TargetGroupTerm extends TaxonomyBase {
  kind: 'target-group';
}

export interface AgeGroupTerm extends TaxonomyBase {
  kind: 'age-group';
  /** Inclusive age range in years; `to` absent means open-ended. */
  from: number;
  to?: number;
}

export interface CapacityUnitTerm extends TaxonomyBase {
  kind: 'capacity-unit';
  key: CapacityUnit;
}

export type TaxonomyDoc =
  ServiceTypeTerm | FormTerm | TargetGroupTerm | AgeGroupTerm | CapacityUnitTerm;

export const TAXONOMY_ID_PREFIX = 'taxonomy:';

export function taxonomyId(kind: TaxonomyKind, key: string): string {
  return `${TAXONOMY_ID_PREFIX}${kind}:${key}`;
}

export const CATEGORY_NAMES: Record<ServiceCategory, { cs: string; en: string }> = {
  care: { cs: 'služby sociální péče', en: 'social care services' },
  prevention: { cs: 'služby sociální prevence', en: 'social prevention services' },
  advice: { cs: 'sociální poradenství', en: 'social counselling' },
};
