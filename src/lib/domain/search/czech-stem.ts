import { foldText } from './fold';

/**
 * A light Czech stemmer on folded words (no diacritics): it strips case endings and the
 * possessive suffixes, after Dolamic & Savoy's light stemmer (the one Lucene's CzechStemmer
 * implements), but without its final consonant rewriting, so a stem is always a prefix of its
 * word: the word being typed still finds its longer forms by prefix. "drogy", "drog", "drogám"
 * and "drogová" all become "drog"; "domovem" and "domovy" "domov".
 */
const ENDINGS: readonly (readonly [minLength: number, endings: readonly string[]])[] = [
  [8, ['atech']],
  [7, ['etem', 'atum']],
  [
    6,
    [
      'ech',
      'ich',
      'eho',
      'emi',
      'emu',
      'ete',
      'eti',
      'iho',
      'imi',
      'imu',
      'ach',
      'ata',
      'aty',
      'ych',
      'ama',
      'ami',
      'ove',
      'ovi',
      'ymi',
    ],
  ],
  [5, ['em', 'es', 'im', 'um', 'at', 'am', 'os', 'us', 'ym', 'mi', 'ou']],
  [4, ['a', 'e', 'i', 'o', 'u', 'y']],
];
const POSSESSIVES = ['ov', 'in', 'uv'];

export function czechStem(folded: string): string {
  let word = folded;
  for (const [minLength, endings] of ENDINGS) {
    if (word.length < minLength) continue;
    const ending = endings.find((e) => word.endsWith(e));
    if (ending) {
      word = word.slice(0, -ending.length);
      break;
    }
  }
  if (word.length > 5 && POSSESSIVES.some((p) => word.endsWith(p))) word = word.slice(0, -2);
  return word;
}

/** The index term of a word as written: folded, then stemmed ("Drogová" → "drog"). */
export function searchTerm(word: string): string {
  return czechStem(foldText(word));
}
