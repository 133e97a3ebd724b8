/**
 * Folding for search: Czech diacritics and case do not matter ("pecovatelska" finds
 * "Pečovatelská"). NFD splits "č" into "c" + combining caron, which is then dropped.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Words of a text, folded; single letters ("a", "v", "s") carry no meaning in Czech search. */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

/** Sorting follows Czech collation ("ch" after "h", "Č" after "C"). */
export const czechCollator = new Intl.Collator('cs', { sensitivity: 'base', numeric: true });
