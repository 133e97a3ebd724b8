/** The six filters of the results page; the order is the order of the filter panel. */
export const FACET_KEYS = [
  'lifeSituation',
  'targetGroup',
  'serviceType',
  'form',
  'municipality',
  'ageGroup',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Selected option keys per facet (empty = no filter). */
export type Filters = Record<FacetKey, string[]>;

export function emptyFilters(): Filters {
  return {
    lifeSituation: [],
    targetGroup: [],
    serviceType: [],
    form: [],
    municipality: [],
    ageGroup: [],
  };
}
