import type { FacetCounts } from '$domain/search/facet-counts';
import { FACET_KEYS, type FacetKey, type Filters } from '$domain/search/facet.types';
import type { SearchSort } from '$domain/search/search-engine';
import type { SearchCard } from '$domain/search/search-parts';
import type { SearchLabelTable } from '$domain/search/search-snapshot';

/** A search as it crosses to the worker: plain data only (structured clone). */
export interface WireSearchRequest {
  query: string;
  filters: Filters;
  territory?: { orp: string; municipalities: string[] } | undefined;
  sort: SearchSort;
  origin?: { lat: number; lon: number } | undefined;
  /** How many result rows to send back; the count and facet counts always cover all. */
  limit: number;
}

/** What a result card shows: only the rows on screen cross the thread boundary. */
export interface SearchHit extends Omit<SearchCard, 'geo'> {
  distanceKm?: number | undefined;
}

export type ToSearchWorker =
  | { type: 'open' }
  | { type: 'sync'; labels: SearchLabelTable }
  | { type: 'search'; id: number; request: WireSearchRequest };

export type WireCounts = [FacetKey, [string, number][]][];

export interface SearchAnswer {
  id: number;
  total: number;
  hits: SearchHit[];
  counts: WireCounts;
  terms: string[];
  /** Time the worker spent on this search (search + facet counts + hits). */
  ms: number;
}

export type FromSearchWorker =
  | { type: 'ready'; count: number; source: 'snapshot' | 'built'; ms: number }
  | ({ type: 'result' } & SearchAnswer)
  | { type: 'error'; message: string };

export function countsToWire(counts: FacetCounts): WireCounts {
  return FACET_KEYS.map((facet) => [facet, [...counts[facet]]]);
}

export function countsFromWire(wire: WireCounts): FacetCounts {
  const counts = {} as FacetCounts;
  for (const facet of FACET_KEYS) counts[facet] = new Map();
  for (const [facet, entries] of wire) counts[facet] = new Map(entries);
  return counts;
}
