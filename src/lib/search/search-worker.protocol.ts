import type { FacetCounts } from '$domain/search/facet-counts';
import { FACET_KEYS, type FacetKey, type Filters } from '$domain/search/facet.types';
import type { SearchDoc, SearchSort } from '$domain/search/search-engine';
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
  /**
   * How many of those rows cross with their card texts (the first screen); the page asks for
   * the rest with a `cards` message as it renders them. All `limit` when undefined.
   */
  cards?: number | undefined;
  /** Service types in the order a picked life situation lists them (ranking follows it). */
  rankTypes?: string[] | undefined;
}

/** What a result card shows: only the rows on screen cross the thread boundary. */
export interface SearchHit extends Omit<SearchCard, 'geo'> {
  distanceKm?: number | undefined;
}

/**
 * A BroadcastChannel the search worker listens on for the same 'sync' the page sends: the
 * catalogue sync worker asks there once it has written a seeded ORP or finished its first
 * sync (and has it index a seeded ORP's rows while it writes them), without a detour through the page's thread (busy with start-up then), and another
 * tab's writes to the shared read model reach this tab's index too.
 */
export const SEARCH_SYNC_CHANNEL = 'rozcestnik:search-sync';

export type ToSearchWorker =
  | { type: 'sync'; labels: SearchLabelTable }
  /** A seeded ORP's rows, to index while they are written (the sync worker's, `id`)… */
  | { type: 'prepare'; id: string; docs: SearchDoc[]; labels: SearchLabelTable }
  /** …and written: the index answers for the read model under `key`. */
  | { type: 'commit'; id: string; key: string }
  | { type: 'search'; id: number; request: WireSearchRequest }
  /** Card texts of `rows` of the index `index` (SearchAnswer.rows, .index). */
  | { type: 'cards'; id: number; index: number; rows: number[] };

export type WireCounts = [FacetKey, [string, number][]][];

export interface SearchAnswer {
  id: number;
  total: number;
  /** Cards of the first `cards` rows. */
  hits: SearchHit[];
  /** The first `limit` rows in display order (index rows: ask `cards` for their texts). */
  rows: number[];
  /** Kilometres per row of `rows`, when sorted by distance. */
  distances?: number[] | undefined;
  /** Which index the rows belong to (a rebuilt index numbers its rows anew). */
  index: number;
  counts: WireCounts;
  terms: string[];
  /** No service matched every word: ranked by the words that did. */
  partial: boolean;
  /** Life-situation keys the query's words match, best first. */
  situations: string[];
  /** Time the worker spent on this search (search + facet counts + hits). */
  ms: number;
}

export type FromSearchWorker =
  | { type: 'ready'; count: number; source: 'snapshot' | 'built'; ms: number }
  | ({ type: 'result' } & SearchAnswer)
  /** Card texts asked for; empty when the index has changed since (a new answer follows). */
  | { type: 'cards'; id: number; hits: SearchHit[] }
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
