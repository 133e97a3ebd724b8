import type { Options } from 'minisearch';
import type { SearchDoc, SearchLabels } from './search-engine';
import { czechStem } from './czech-stem';
import { foldText } from './fold';

/** minisearch's options for the catalogue: fields, boosts, term folding, prefixes and typos. */

// Ranking: the name first, then type and target group, then provider and description.
const BOOST = { name: 6, type: 2.5, provider: 1.5, description: 1 };

/** Folded and stemmed, so "drogy", "drogám" and "drogová" are one term ("drog"). */
const processTerm = (term: string): string | null => {
  const folded = foldText(term);
  return folded.length > 1 ? czechStem(folded) : null;
};

/**
 * One typo from 4 letters of the stem ("azilovy" → "azil" → "azyl"), two from 9 (stems are a
 * letter or two shorter than words; it was 5 and 10 letters of the whole word). Fuzzy matching of a short
 * prefix walks most of the index (measured: "domo" took 150 ms unthrottled with typos from 4
 * letters, 8 ms from 5), and a 4-letter word with a typo is usually another word anyway.
 */
const fuzzy = (term: string): number | false =>
  term.length >= 9 ? 2 : term.length >= 4 ? 1 : false;

/**
 * A lone two-letter word ("do", "pe") is the start of a name being typed: it matches name, type
 * and provider, not descriptions, where it would match most of the catalogue (7,180 of 10,000
 * for "do") and cost 60 ms even unthrottled. From the third letter on, every field counts.
 */
export const SHORT_QUERY = { fields: ['name', 'type', 'provider'] };
export const ALL_FIELDS = ['name', 'type', 'provider', 'description'];
export const isShort = (query: string): boolean => {
  const words = query.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  return words.length === 1 && words[0]!.length < 3;
};

/** Only the word being typed is a prefix; finished words match whole (or with a typo). */
const prefix = (_term: string, i: number, terms: string[]): boolean => i === terms.length - 1;

/** What TermScores needs to read a query exactly as minisearch would. */
export const SEARCH_OPTIONS = {
  processTerm,
  searchOptions: { boost: BOOST, prefix, fuzzy },
};

export function miniSearchOptions(
  docs: readonly SearchDoc[],
  labels: SearchLabels,
): Options<number> {
  return {
    idField: 'id',
    fields: ALL_FIELDS,
    storeFields: [],
    // Documents are row indexes: minisearch keeps nothing but the index itself.
    extractField: (index: number, field: string) => {
      if (field === 'id') return index;
      const doc = docs[index]!;
      switch (field) {
        case 'name':
          return doc.name;
        case 'provider':
          return doc.providerName;
        case 'description':
          return doc.description;
        default:
          return [
            doc.serviceTypeName,
            doc.serviceTypeSection,
            ...doc.targetGroups.flatMap((k) => labels.targetGroup(k)),
            ...(doc.category ? labels.category(doc.category) : []),
          ].join(' ');
      }
    },
    processTerm,
    searchOptions: { ...SEARCH_OPTIONS.searchOptions, combineWith: 'AND', maxFuzzy: 2 },
  } as unknown as Options<number>;
}
