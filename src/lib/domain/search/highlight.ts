import { searchTerm } from './czech-stem';

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Splits `text` into segments, marking each word whose index term (folded, stemmed) is one of the matched index
 * terms. Minisearch reports the document's own terms even for prefix and fuzzy matches, so a
 * typo ("azilovy") still highlights the word as written ("Azylový").
 */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  if (terms.size === 0 || text === '') return [{ text, hit: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!terms.has(searchTerm(match[0]))) continue;
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), hit: false });
    segments.push({ text: match[0], hit: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}
