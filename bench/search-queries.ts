/**
 * The typed queries of `npm run bench:search`: catalogue words and places as a social worker
 * types them — with diacritics, without, with one phone-keyboard typo, half-typed with a form
 * filter and a territory, and with target-group and age filters.
 */
import type { BenchQuery } from './search-page.entry';

const TERMS = [
  'pečovatelská služba',
  'azylový dům',
  'osobní asistence',
  'odlehčovací služba',
  'domov pro seniory',
  'krizová pomoc',
  'terénní program',
  'nízkoprahové zařízení',
  'sanace rodiny',
  'tísňová péče',
  'chráněné bydlení',
  'denní stacionář',
  'podpora samostatného bydlení',
  'raná péče',
  'občanská poradna',
  'dluhy',
  'exekuce',
  'sociální rehabilitace',
  'kontaktní centrum',
  'noclehárna',
  'senioři',
  'domácí násilí',
  'intervenční centrum',
  'týdenní stacionář',
  'domov se zvláštním režimem',
  'sociálně terapeutické dílny',
  'tlumočnické služby',
  'průvodcovské služby',
  'odborné sociální poradenství',
  'centrum denních služeb',
  'Dačice',
  'Český Krumlov',
  'Slavonice',
  'Kaplice',
  'závislost',
  'drogy',
  'bydlení',
  'demence',
  'pečující',
  'děti',
  'rodina',
  'zdravotní postižení',
  'Naděje',
  'Kompas',
  'Přístav',
  'poradenství',
  'azyl',
  'hospic',
  'paliativní',
  'senior telefon',
];

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** One typo: a neighbouring vowel swapped, as on a phone keyboard. */
function typo(s: string, i: number): string {
  const at = Math.min(s.length - 2, 2 + (i % Math.max(1, s.length - 3)));
  const swap: Record<string, string> = { a: 'e', e: 'i', i: 'y', y: 'i', o: 'u', u: 'o' };
  for (let k = at; k < s.length; k++) {
    const c = s[k]!;
    if (swap[c]) return s.slice(0, k) + swap[c] + s.slice(k + 1);
  }
  return s.slice(0, at) + s.slice(at + 1);
}

export function queries(): BenchQuery[] {
  const out: BenchQuery[] = [];
  TERMS.forEach((term, i) => {
    out.push({ text: term, filters: {} });
    out.push({ text: fold(term), filters: {} });
    out.push({ text: typo(fold(term), i), filters: {} });
    out.push({
      text: fold(term).slice(0, Math.max(3, Math.ceil(term.length / 2))),
      filters: { form: ['ter'] },
      territory: i % 2 ? 'dacice' : 'cesky-krumlov',
    });
    if (i % 2 === 0)
      out.push({
        text: fold(term),
        filters: { targetGroup: ['seniori'], ageGroup: ['starsi-seniori'] },
      });
  });
  return out;
}
