import type {
  Address,
  ContactPoint,
  Contacts,
} from '../../../../src/lib/domain/catalog/service.types';
import type { CodeLists } from './rpss-codelists';
import type { RpssAddress, RpssContactHolder } from './rpss.types';

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function refId(ref: unknown): string | undefined {
  const id = (ref as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

/** `[{telefon: "354525345", poznamka: null}]` → `[{value: "354525345"}]`. */
function points(list: unknown, valueKey: string): ContactPoint[] {
  if (!Array.isArray(list)) return [];
  const out: ContactPoint[] = [];
  for (const item of list as unknown[]) {
    if (!item || typeof item !== 'object') continue;
    const value = text((item as Record<string, unknown>)[valueKey]);
    if (!value) continue;
    const note = text((item as Record<string, unknown>).poznamka);
    if (out.some((p) => p.value === value)) continue;
    out.push(note ? { value, note } : { value });
  }
  return out;
}

/**
 * Contacts come only from the contact keys, never from URLs found elsewhere in the record
 * (`doplnkoveUdaje.*.priloha.url` are registry documents). The rule others use: the service's
 * own contact of each kind, and the provider's where the service has none of that kind.
 */
export function mapContacts(
  service: RpssContactHolder,
  provider: RpssContactHolder | null | undefined,
): Contacts {
  const pick = (listKey: keyof RpssContactHolder, valueKey: string) => {
    const own = points(service[listKey], valueKey);
    return own.length > 0 ? own : points(provider?.[listKey], valueKey);
  };
  const contacts: Contacts = {};
  const phones = pick('telefony', 'telefon');
  const emails = pick('emaily', 'email').filter((e) => e.value.indexOf('@') > 0);
  const webs = pick('weby', 'web');
  if (phones.length) contacts.phones = phones;
  if (emails.length) contacts.emails = emails;
  if (webs.length) contacts.webs = webs;
  return contacts;
}

export function firstValue(list: unknown, valueKey: string): string | undefined {
  return points(list, valueKey)[0]?.value;
}

/** IČO is 8 digits with leading zeros; the registry may carry it as a number. */
export function normaliseIco(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw || !/^\d{1,8}$/.test(raw)) return undefined;
  return raw.padStart(8, '0');
}

function formatPostcode(value: unknown): string | undefined {
  const raw = text(value)?.replace(/\s+/g, '');
  if (!raw) return undefined;
  return /^\d{5}$/.test(raw) ? `${raw.slice(0, 3)} ${raw.slice(3)}` : raw;
}

export function mapAddress(address: RpssAddress, codeLists: CodeLists): Address {
  const obec = refId(address.obec);
  const castObce = refId(address.castObce);
  const out: Address = {
    street: text(address.ulice?.nazev),
    houseNumber: text(address.cisloDomovni),
    orientationNumber: text(address.cisloOrientacni),
    municipality: obec ? codeLists.get(obec) : undefined,
    partOfMunicipality: castObce ? codeLists.get(castObce) : undefined,
    postcode: formatPostcode(address.psc),
    ruianCode: text(address.kodAdresnihoMista),
    municipalityCode: obec,
    districtCode: refId(address.okres),
    regionCode: refId(address.kraj),
  };
  for (const key of Object.keys(out) as (keyof Address)[])
    if (out[key] === undefined) delete out[key];
  return out;
}

export { text as readText };
