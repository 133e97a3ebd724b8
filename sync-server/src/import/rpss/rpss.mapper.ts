import type { RegistryServiceData } from '../../../../src/lib/domain/catalog/curated-merge';
import { AGE_GROUPS, TARGET_GROUPS } from '../../../../src/lib/domain/catalog/data/groups.data';
import {
  SERVICE_TYPES,
  type ServiceTypeSeed,
} from '../../../../src/lib/domain/catalog/data/service-types.data';
import { ORPS, REGION } from '../../../../src/lib/domain/catalog/data/territory.data';
import { registryServiceId, slugify } from '../../../../src/lib/domain/catalog/ids';
import type {
  Capacity,
  CapacityUnit,
  FormKey,
  ServiceForm,
  ServiceLocation,
} from '../../../../src/lib/domain/catalog/service.types';
import { normaliseName } from '../../../../src/lib/domain/catalog/taxonomy';
import { findMunicipalityByName } from '../../../../src/lib/domain/catalog/territory';
import { ImportError } from '../import-error';
import type { CodeLists } from './rpss-codelists';
import {
  firstValue,
  mapAddress,
  mapContacts,
  normaliseIco,
  readText,
  refId,
} from './rpss-contacts';
import type { RpssFacility, RpssForm, RpssRecord } from './rpss.types';

/** Codes we could not map, by code, with what they were used for and how often. */
export class MapReport {
  readonly unknownCodes = new Map<string, { what: string; name?: string; count: number }>();
  droppedCapacities = 0;
  withheldAddresses = 0;

  unknown(code: string, what: string, codeLists: CodeLists): void {
    const entry = this.unknownCodes.get(code);
    if (entry) entry.count++;
    else this.unknownCodes.set(code, { what, name: codeLists.get(code), count: 1 });
  }

  /** Lines like `DruhSocialniSluzby/99 "nový druh" (service type): 3 records`. */
  unknownCodeLines(): string[] {
    return [...this.unknownCodes.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, e]) => `${code}${e.name ? ` "${e.name}"` : ''} (${e.what}): ${e.count}×`);
  }
}

export interface MapContext {
  codeLists: CodeLists;
  /** YYYY-MM-DD; a `datumPoskytovaniDo` before it means the service has ended. */
  today: string;
  report: MapReport;
}

/** Where a record belongs, for --region / --orp filters and for scoping tombstones. */
export interface RecordScope {
  regionCodes: string[];
  /** Registry codes of ORPs it serves (rozsirenePusobnostiVKraji). */
  orpCodes: string[];
  /** Our ORP keys (territory) it is located in or serves. */
  orpKeys: string[];
}

export type MapOutcome =
  | { kind: 'service'; data: RegistryServiceData; ended: boolean; scope: RecordScope }
  | { kind: 'skipped'; id: string; identifikator: string; reason: string; scope: RecordScope };

const FORM_KEYS: readonly FormKey[] = ['pob', 'amb', 'ter'];
const UNITS: readonly CapacityUnit[] = ['klient', 'kontakt', 'interv', 'luzka', 'hovor'];

function suffix(code: string, prefix: string): string | undefined {
  return code.indexOf(prefix) === 0 ? code.slice(prefix.length) : undefined;
}

function isPast(date: unknown, today: string): boolean {
  return typeof date === 'string' && date.length >= 10 && date.slice(0, 10) < today;
}

/** Secret address flag: the registry uses a boolean, but treat any truthy marker as secret. */
function isSecret(facility: RpssFacility): boolean {
  const flag = facility.utajenaAdresa;
  return flag === true || flag === 'true' || (typeof flag === 'object' && flag !== null);
}

function byName<T extends { cs: string }>(
  list: readonly T[],
  name: string | undefined,
): T | undefined {
  if (!name) return undefined;
  const wanted = normaliseName(name);
  return list.find((t) => normaliseName(t.cs) === wanted);
}

function resolveServiceType(code: string, codeLists: CodeLists): ServiceTypeSeed | undefined {
  return (
    SERVICE_TYPES.find((t) => t.rpssCode === code) ?? byName(SERVICE_TYPES, codeLists.get(code))
  );
}

function collectIds(value: unknown, out: string[]): void {
  if (Array.isArray(value)) for (const v of value as unknown[]) collectIds(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === 'id' && typeof v === 'string') out.push(v);
      else collectIds(v, out);
    }
  }
}

function mapForms(formy: unknown, ctx: MapContext): ServiceForm[] {
  if (!Array.isArray(formy)) return [];
  const forms: ServiceForm[] = [];
  for (const raw of formy as RpssForm[]) {
    const code = refId(raw?.forma);
    if (!code) continue;
    const key = suffix(code, 'FormaSocialniSluzby/') as FormKey | undefined;
    if (!key || !FORM_KEYS.includes(key)) {
      ctx.report.unknown(code, 'form', ctx.codeLists);
      continue;
    }
    const capacities: Capacity[] = [];
    for (const k of Array.isArray(raw.kapacity)
      ? (raw.kapacity as Record<string, unknown>[])
      : []) {
      const typeCode = refId(k?.typ);
      const unit = typeCode
        ? (suffix(typeCode, 'TypKapacitySocialniSluzby/') as CapacityUnit | undefined)
        : undefined;
      if (!typeCode || !unit || !UNITS.includes(unit)) {
        if (typeCode) ctx.report.unknown(typeCode, 'capacity unit', ctx.codeLists);
        ctx.report.droppedCapacities++;
        continue;
      }
      const max = k.pocet;
      // Beds belong to residential forms only; anything else is a registry data error.
      if (
        typeof max !== 'number' ||
        max < 0 ||
        !Number.isInteger(max) ||
        (unit === 'luzka' && key !== 'pob')
      ) {
        ctx.report.droppedCapacities++;
        continue;
      }
      const note = readText(k.popis);
      capacities.push({ kind: 'registered-maximum', max, unit, ...(note ? { note } : {}) });
    }
    forms.push({
      form: key,
      ...(raw.nepretrzitePoskytovani === true ? { continuous: true } : {}),
      ...(capacities.length ? { capacities } : {}),
    });
  }
  return forms;
}

function mapGroups<T extends { key: string; cs: string; rpssCode?: string }>(
  refs: unknown,
  list: readonly T[],
  what: string,
  ctx: MapContext,
): string[] {
  if (!Array.isArray(refs)) return [];
  const keys: string[] = [];
  for (const ref of refs as unknown[]) {
    const code = refId(ref);
    if (!code) continue;
    const term = list.find((t) => t.rpssCode === code) ?? byName(list, ctx.codeLists.get(code));
    if (!term) ctx.report.unknown(code, what, ctx.codeLists);
    else if (!keys.includes(term.key)) keys.push(term.key);
  }
  return keys;
}

function orpKeyForCode(code: string, codeLists: CodeLists): string | undefined {
  const name = codeLists.get(code);
  if (!name) return undefined;
  const slug = slugify(name.replace(/^ORP\s+/i, ''));
  return ORPS.find((o) => o.key === slug)?.key;
}

/**
 * Maps one registry record to the registry-owned fields of our service. Reads by whitelist:
 * personal data (statutarniOrgany, facility heads) is never touched, secret addresses are
 * reduced to a flag. Throws ImportError when the record does not match the registry format.
 */
export function mapRpssRecord(record: unknown, ctx: MapContext): MapOutcome {
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    throw new ImportError('a record is not a JSON object');
  }
  const r = record as RpssRecord;
  const identifikator = readText(r.identifikator);
  if (!identifikator) throw new ImportError('a record has no "identifikator"');
  const id = registryServiceId(identifikator);
  const typeCode = refId(r.druhSocialniSluzby);
  if (!typeCode) throw new ImportError(`record ${identifikator} has no "druhSocialniSluzby.id"`);

  const facilities = (Array.isArray(r.zarizeni) ? (r.zarizeni as RpssFacility[]) : []).filter(
    (f) => f && typeof f === 'object' && !isPast(f.poskytujeDo, ctx.today),
  );
  const scope: RecordScope = { regionCodes: [], orpCodes: [], orpKeys: [] };
  const locations: ServiceLocation[] = [];
  let facilityName: string | undefined;
  for (const f of facilities) {
    if (isSecret(f)) {
      ctx.report.withheldAddresses++;
      locations.push({ addressWithheld: true });
      // The region still scopes the import; it is not published.
      const kraj = refId(f.adresa?.kraj);
      if (kraj && !scope.regionCodes.includes(kraj)) scope.regionCodes.push(kraj);
      continue;
    }
    const name = readText(f.nazev);
    facilityName ??= name;
    const address = f.adresa ? mapAddress(f.adresa, ctx.codeLists) : undefined;
    locations.push({ ...(name ? { name } : {}), ...(address ? { address } : {}) });
    if (address?.regionCode && !scope.regionCodes.includes(address.regionCode))
      scope.regionCodes.push(address.regionCode);
    if (address?.regionCode === REGION.rpssCode && address.municipality) {
      const m = findMunicipalityByName(address.municipality);
      if (m && !scope.orpKeys.includes(m.orpKey)) scope.orpKeys.push(m.orpKey);
    }
  }
  const served: string[] = [];
  collectIds(r.rozsirenePusobnostiVKraji, served);
  for (const code of served) {
    if (code.indexOf('Kraj/') === 0) {
      if (!scope.regionCodes.includes(code)) scope.regionCodes.push(code);
      continue;
    }
    if (!scope.orpCodes.includes(code)) scope.orpCodes.push(code);
    const key = orpKeyForCode(code, ctx.codeLists);
    if (key && !scope.orpKeys.includes(key)) scope.orpKeys.push(key);
  }

  const type = resolveServiceType(typeCode, ctx.codeLists);
  if (!type) {
    ctx.report.unknown(typeCode, 'service type', ctx.codeLists);
    return {
      kind: 'skipped',
      id,
      identifikator,
      reason: `unknown service type ${typeCode}`,
      scope,
    };
  }
  const p = r.poskytovatel ?? undefined;
  const providerName = readText(p?.nazev) ?? 'Neuvedený poskytovatel';
  const ico = normaliseIco(p?.ico);
  const web = firstValue(p?.weby, 'web');
  const phone = firstValue(p?.telefony, 'telefon');
  const email = firstValue(p?.emaily, 'email');
  const serviceArea = {
    ...(scope.orpKeys.length ? { orps: [...scope.orpKeys] } : {}),
    ...(scope.orpCodes.length ? { registryCodes: [...scope.orpCodes] } : {}),
  };
  const forms = mapForms(r.formy, ctx);
  const targetGroups = mapGroups(r.ciloveSkupiny, TARGET_GROUPS, 'target group', ctx);
  const ageGroups = mapGroups(r.vekoveSkupiny, AGE_GROUPS, 'age group', ctx);
  const contacts = mapContacts(r, p);
  const data: RegistryServiceData = {
    _id: id,
    registryIdentifier: identifikator,
    ...(readText(r.id) ? { registryId: readText(r.id) } : {}),
    name: facilityName ?? `${type.cs} – ${providerName}`,
    provider: {
      name: providerName,
      ...(ico ? { ico } : {}),
      ...(web ? { web } : {}),
      ...(phone ? { phone } : {}),
      ...(email && email.indexOf('@') > 0 ? { email } : {}),
    },
    serviceType: {
      key: type.key,
      section: type.section,
      name: type.cs,
      category: type.category,
      code: typeCode,
    },
    ...(forms.length ? { forms } : {}),
    ...(targetGroups.length ? { targetGroups } : {}),
    ...(ageGroups.length ? { ageGroups } : {}),
    ...(locations.length ? { locations } : {}),
    ...(Object.keys(serviceArea).length ? { serviceArea } : {}),
    ...(Object.keys(contacts).length ? { contacts } : {}),
  };
  return { kind: 'service', data, ended: isPast(r.datumPoskytovaniDo, ctx.today), scope };
}
