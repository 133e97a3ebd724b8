import type { AsPlainObject } from 'minisearch';
import { facetBits, type FacetBits } from './facet-bitsets';
import { facetColumns, type FacetColumns } from './facet-counts';
import { keyColumn, textAt, textColumn, type KeyColumn, type TextColumn } from './search-columns';
import type { SearchDoc } from './search-engine';
import { termParts, type TermParts } from './term-parts';

/** Card texts stored apart from the core (the id is in the core: the rows on screen are named by it). */
const CARD_FIELDS = [
  'serviceTypeKey',
  'name',
  'providerName',
  'serviceTypeSection',
  'serviceTypeName',
  'description',
] as const;
type CardField = (typeof CARD_FIELDS)[number];

/** What a result card shows of a service. */
export type SearchCard = Pick<SearchDoc, CardField | 'id' | 'geo'>;

/** The cards' texts: one string per field, cut at offsets. Only the cards on screen read them. */
export type SearchCards = Record<CardField, TextColumn>;

/**
 * What answering a query needs (total, facet counts, order, matched words), as typed arrays
 * and a few short strings: coordinates, facet and ORP columns, the Czech name order and the
 * scoring data read from minisearch's index. About a fifth of the snapshot for 10,000
 * services: start-up reads this, and the cards' texts separately.
 */
export interface SearchCore {
  count: number;
  /** Service id per row. */
  ids: TextColumn;
  /** Latitude and longitude per row; NaN when a service has no location. */
  geo: Float64Array;
  facets: FacetColumns;
  /** The facets as bitsets (FacetBitsets), stored so start-up walks no row to make them. */
  facetBits: FacetBits;
  orps: KeyColumn;
  /** Row indexes in Czech name order. */
  byName: Int32Array;
  /** Each row's position in that order. */
  nameRank: Int32Array;
  terms: TermParts;
}

/**
 * Everything search needs, the core plus the cards' texts: typed arrays and long strings
 * (IndexedDB copies them back as buffers), so nothing is parsed or rebuilt object by object
 * when the app starts.
 */
export interface SearchParts extends SearchCore {
  cards: SearchCards;
}

export function searchParts(
  docs: readonly SearchDoc[],
  index: AsPlainObject,
  byName: readonly number[],
  valuesOf: Parameters<typeof facetColumns<SearchDoc>>[1],
): SearchParts {
  const cards = {} as SearchCards;
  for (const field of CARD_FIELDS) cards[field] = textColumn(docs, (doc) => doc[field]);
  const geo = new Float64Array(docs.length * 2).fill(NaN);
  docs.forEach((doc, row) => {
    if (!doc.geo) return;
    geo[row * 2] = doc.geo.lat;
    geo[row * 2 + 1] = doc.geo.lon;
  });
  const facets = facetColumns(docs, valuesOf);
  const nameRank = new Int32Array(docs.length);
  byName.forEach((row, rank) => (nameRank[row] = rank));
  return {
    count: docs.length,
    ids: textColumn(docs, (doc) => doc.id),
    cards,
    geo,
    facets,
    facetBits: facetBits(facets),
    orps: keyColumn(docs, (doc) => doc.orps),
    byName: Int32Array.from(byName),
    nameRank,
    terms: termParts(index),
  };
}

export function cardAt(core: SearchCore, cards: SearchCards, row: number): SearchCard {
  const card = { id: textAt(core.ids, row) } as SearchCard;
  for (const field of CARD_FIELDS) card[field] = textAt(cards[field], row);
  const lat = core.geo[row * 2]!;
  if (!Number.isNaN(lat)) card.geo = { lat, lon: core.geo[row * 2 + 1]! };
  return card;
}
