/**
 * The search state in the URL of `/hledat`, so a result list can be shared and the back button
 * works. Parameter names are Czech (they are visible in shared links) and defined only here.
 * Multi-valued filters repeat the parameter: `?druh=40&druh=41`.
 */
import { emptyFilters, FACET_KEYS, type FacetKey, type Filters } from '$domain/search/facet.types';

export { emptyFilters, FACET_KEYS, type FacetKey, type Filters };

export const SEARCH_PARAM = {
  query: 'q',
  lifeSituation: 'situace',
  targetGroup: 'skupina',
  serviceType: 'druh',
  form: 'forma',
  municipality: 'obec',
  ageGroup: 'vek',
  /** ORP key; absent means the whole region. */
  territory: 'uzemi',
  /** "nazev" (Czech collation) or "vzdalenost" (near me); absent means relevance. */
  sort: 'razeni',
} as const satisfies Record<FacetKey | 'query' | 'territory' | 'sort', string>;

export type SortOrder = 'relevance' | 'name' | 'distance';
const SORT_IN_URL: Record<Exclude<SortOrder, 'relevance'>, string> = {
  name: 'nazev',
  distance: 'vzdalenost',
};

export interface SearchState {
  query: string;
  filters: Filters;
  territory?: string;
  sort: SortOrder;
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FACET_KEYS) {
    filters[key] = [...new Set(params.getAll(SEARCH_PARAM[key]).filter((v) => v !== ''))];
  }
  const sortParam = params.get(SEARCH_PARAM.sort);
  const sort: SortOrder =
    sortParam === SORT_IN_URL.name
      ? 'name'
      : sortParam === SORT_IN_URL.distance
        ? 'distance'
        : 'relevance';
  const state: SearchState = { query: params.get(SEARCH_PARAM.query) ?? '', filters, sort };
  const territory = params.get(SEARCH_PARAM.territory);
  if (territory) state.territory = territory;
  return state;
}

export function toSearchParams(state: Partial<SearchState>): URLSearchParams {
  const params = new URLSearchParams();
  const query = state.query?.trim();
  if (query) params.set(SEARCH_PARAM.query, query);
  for (const key of FACET_KEYS) {
    for (const value of state.filters?.[key] ?? []) params.append(SEARCH_PARAM[key], value);
  }
  if (state.territory) params.set(SEARCH_PARAM.territory, state.territory);
  if (state.sort && state.sort !== 'relevance')
    params.set(SEARCH_PARAM.sort, SORT_IN_URL[state.sort]);
  return params;
}

/** Path + query of a results page, e.g. `/hledat?situace=dluhy-a-exekuce`. */
export function searchHref(state: Partial<SearchState>): string {
  const query = toSearchParams(state).toString();
  return query ? `/hledat?${query}` : '/hledat';
}
