import { REGISTRY_SERVICE_ID_PREFIX, SERVICE_ID_PREFIX } from './service.types';

const DIACRITICS: Record<string, string> = {
  á: 'a',
  č: 'c',
  ď: 'd',
  é: 'e',
  ě: 'e',
  í: 'i',
  ň: 'n',
  ó: 'o',
  ř: 'r',
  š: 's',
  ť: 't',
  ú: 'u',
  ů: 'u',
  ý: 'y',
  ž: 'z',
  ä: 'a',
  ö: 'o',
  ü: 'u',
  ô: 'o',
  ĺ: 'l',
  ľ: 'l',
  ŕ: 'r',
};

/**
 * A URL- and id-safe slug of Czech text. Maps diacritics by table rather than with
 * `String.prototype.normalize`, so it runs the same in every JavaScript engine.
 */
export function slugify(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    const mapped = DIACRITICS[ch] ?? ch;
    out += /[a-z0-9]/.test(mapped) ? mapped : '-';
  }
  return out.replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The stable id of a registry service. `identifikator` is the registration id and survives
 * updates of the record; ours is derived from it alone so re-imports hit the same document.
 */
export function registryServiceId(identifikator: string): string {
  const safe = identifikator.trim().replace(/[^A-Za-z0-9_.-]/g, '_');
  return `${REGISTRY_SERVICE_ID_PREFIX}${safe}`;
}

export function localServiceId(slug: string): string {
  return `${SERVICE_ID_PREFIX}${slugify(slug)}`;
}
