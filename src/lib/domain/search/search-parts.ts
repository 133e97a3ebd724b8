import type { AsPlainObject } from 'minisearch';
import { facetColumns, type FacetColumns } from './facet-counts';
import { keyColumn, textAt, textColumn, type KeyColumn, type TextColumn } from './search-columns';
import type { SearchDoc } from './search-engine';
import { termParts, type TermParts } from './term-scores';

const CARD_FIELDS = [
  'id',
  'name',
  'providerName',
  'serviceTypeSection',
  'serviceTypeName',
  'description',
] as const;
type CardField = (typeof CARD_FIELDS)[number];

/** What a result card shows of a service. */
export type SearchCard = Pick<SearchDoc, CardField | 'geo'>;

/**
 * Everything search needs at start-up, as typed arrays and a few long strings (one IndexedDB
 * value, copied back as buffers): the cards' texts, coordinates, facet and ORP columns, the
 * Czech name order and the scoring data read from minisearch's index. Nothing is parsed or
 * rebuilt object by object when the app starts.
 */
export interface SearchParts {
  count: number;
  cards: Record<CardField, TextColumn>;
  /** Latitude and longitude per row; NaN when a service has no location. */
  geo: Float64Array;
  facets: FacetColumns;
  orps: KeyColumn;
  /** Row indexes in Czech name order. */
  byName: Int32Array;
  terms: TermParts;
}

export function searchParts(
  docs: readonly SearchDoc[],
  index: AsPlainObject,
  byName: readonly number[],
  valuesOf: Parameters<typeof facetColumns<SearchDoc>>[1],
): SearchParts {
  const cards = {} as Record<CardField, TextColumn>;
  for (const field of CARD_FIELDS) cards[field] = textColumn(docs, (doc) => doc[field]);
  const geo = new Float64Array(docs.length * 2).fill(NaN);
  docs.forEach((doc, row) => {
    if (!doc.geo) return;
    geo[row * 2] = doc.geo.lat;
    geo[row * 2 + 1] = doc.geo.lon;
  });
  return {
    count: docs.length,
    cards,
    geo,
    facets: facetColumns(docs, valuesOf),
    orps: keyColumn(docs, (doc) => doc.orps),
    byName: Int32Array.from(byName),
    terms: termParts(index),
  };
}

export function cardAt(parts: SearchParts, row: number): SearchCard {
  const card = {} as SearchCard;
  for (const field of CARD_FIELDS) card[field] = textAt(parts.cards[field], row);
  const lat = parts.geo[row * 2]!;
  if (!Number.isNaN(lat)) card.geo = { lat, lon: parts.geo[row * 2 + 1]! };
  return card;
}
