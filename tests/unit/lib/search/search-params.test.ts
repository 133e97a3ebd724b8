import { describe, expect, it } from 'vitest';
import {
  emptyFilters,
  parseSearchParams,
  searchHref,
  toSearchParams,
} from '$lib/search/search-params';

describe('search URL params', () => {
  it('round-trips query, repeated filters, territory and sort', () => {
    const state = {
      query: 'pečovatelská',
      filters: { ...emptyFilters(), serviceType: ['40', '41'], form: ['ter'] },
      territory: 'dacice',
      sort: 'distance' as const,
    };
    const params = toSearchParams(state);
    expect(params.toString()).toBe(
      'q=pe%C4%8Dovatelsk%C3%A1&druh=40&druh=41&forma=ter&uzemi=dacice&razeni=vzdalenost',
    );
    expect(parseSearchParams(params)).toEqual(state);
  });

  it('leaves defaults out of the URL', () => {
    expect(searchHref({ query: '  ', filters: emptyFilters(), sort: 'relevance' })).toBe('/hledat');
    expect(searchHref({ filters: { ...emptyFilters(), lifeSituation: ['dluhy'] } })).toBe(
      '/hledat?situace=dluhy',
    );
  });

  it('ignores unknown values and duplicates', () => {
    const parsed = parseSearchParams(new URLSearchParams('druh=40&druh=40&razeni=xyz&vek='));
    expect(parsed.filters.serviceType).toEqual(['40']);
    expect(parsed.filters.ageGroup).toEqual([]);
    expect(parsed.sort).toBe('relevance');
  });
});
