import { SERVICE_TYPES } from '../../../../src/lib/domain/catalog/data/service-types.data';
import { AGE_GROUPS, TARGET_GROUPS } from '../../../../src/lib/domain/catalog/data/groups.data';
import { localServiceId } from '../../../../src/lib/domain/catalog/ids';
import type {
  FormKey,
  ServiceDoc,
  ServiceLocation,
} from '../../../../src/lib/domain/catalog/service.types';
import { serviceTypeRef } from '../../../../src/lib/domain/catalog/taxonomy';

/**
 * One spreadsheet row per local service. Lists inside a cell are separated by ";". Columns are
 * English snake_case so the file survives any spreadsheet locale; values are Czech.
 */
export const CSV_COLUMNS = [
  'id',
  'name',
  'provider_name',
  'provider_ico',
  'service_type',
  'forms',
  'target_groups',
  'age_groups',
  'description',
  'eligibility',
  'how_to_apply',
  'fees',
  'street',
  'house_number',
  'municipality',
  'postcode',
  'lat',
  'lon',
  'orps',
  'phones',
  'emails',
  'webs',
  'languages',
  'last_verified',
] as const;

export type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;

/** The fields a CSV row owns; anything else on a stored service (life situations…) is kept. */
export type CsvFields = Omit<ServiceDoc, '_rev' | 'updatedAt'>;

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
const join = (items: readonly string[] | undefined) => (items ?? []).join('; ');

function number(cell: string | undefined, label: string, errors: string[]): number | undefined {
  if (!cell?.trim()) return undefined;
  const n = Number(cell.replace(',', '.'));
  if (!Number.isFinite(n)) errors.push(`${label} "${cell}" is not a number`);
  return n;
}

/** Row → service fields, or the list of what is wrong with the row (in words). */
export function rowToService(row: CsvRow): { fields?: CsvFields; errors: string[] } {
  const errors: string[] = [];
  const name = row.name?.trim();
  if (!name) errors.push('name is empty');
  const provider = row.provider_name?.trim();
  if (!provider) errors.push('provider_name is empty');
  const typeCell = row.service_type?.trim().replace(/^§\s*/, '') ?? '';
  const type = SERVICE_TYPES.find(
    (t) => t.key === typeCell || t.cs.toLowerCase() === typeCell.toLowerCase(),
  );
  if (!type)
    errors.push(`service_type "${typeCell}" is not a section (e.g. 40) or name of a service type`);
  const forms = list(row.forms);
  for (const f of forms)
    if (!['pob', 'amb', 'ter'].includes(f)) errors.push(`form "${f}" is not pob, amb or ter`);
  const groups = list(row.target_groups);
  for (const g of groups)
    if (!TARGET_GROUPS.some((t) => t.key === g)) errors.push(`target group "${g}" is unknown`);
  const ages = list(row.age_groups);
  for (const a of ages)
    if (!AGE_GROUPS.some((t) => t.key === a)) errors.push(`age group "${a}" is unknown`);
  const ico = row.provider_ico?.trim();
  if (ico && !/^\d{8}$/.test(ico)) errors.push(`provider_ico "${ico}" is not 8 digits`);
  const lat = number(row.lat, 'lat', errors);
  const lon = number(row.lon, 'lon', errors);
  if ((lat === undefined) !== (lon === undefined)) errors.push('give both lat and lon, or neither');
  const id = row.id?.trim() || (name ? localServiceId(`local-${name}`) : '');
  if (id.indexOf('service:rpss-') === 0)
    errors.push('registry services cannot be imported from CSV');
  else if (id.indexOf('service:') !== 0) errors.push(`id "${id}" must start with "service:"`);
  if (errors.length > 0 || !type || !name || !provider) return { errors };

  const address = {
    street: row.street?.trim() || undefined,
    houseNumber: row.house_number?.trim() || undefined,
    municipality: row.municipality?.trim() || undefined,
    postcode: row.postcode?.trim() || undefined,
  };
  const hasAddress = Object.values(address).some(Boolean);
  const location: ServiceLocation | undefined =
    hasAddress || lat !== undefined
      ? JSON.parse(
          JSON.stringify({
            ...(hasAddress ? { address } : {}),
            ...(lat !== undefined && lon !== undefined ? { geo: { lat, lon } } : {}),
          }),
        )
      : undefined;
  const points = (cell: string | undefined) => list(cell).map((value) => ({ value }));
  const contacts = JSON.parse(
    JSON.stringify({
      phones: points(row.phones).length ? points(row.phones) : undefined,
      emails: points(row.emails).length ? points(row.emails) : undefined,
      webs: points(row.webs).length ? points(row.webs) : undefined,
    }),
  ) as ServiceDoc['contacts'];
  const text = (cell: string | undefined) => cell?.trim() || undefined;
  const fields: CsvFields = {
    _id: id,
    type: 'service',
    name,
    provider: { name: provider, ...(ico ? { ico } : {}) },
    serviceType: serviceTypeRef(type.key),
    description: text(row.description),
    eligibility: text(row.eligibility),
    howToApply: text(row.how_to_apply),
    fees: text(row.fees),
    forms: forms.map((form) => ({ form: form as FormKey })),
    targetGroups: groups,
    ageGroups: ages,
    locations: location ? [location] : [],
    serviceArea: { orps: list(row.orps) },
    contacts,
    languages: list(row.languages),
    lastVerified: text(row.last_verified),
    source: { kind: 'local' },
    status: 'active',
  };
  return { fields: JSON.parse(JSON.stringify(fields)) as CsvFields, errors };
}

export function serviceToRow(doc: ServiceDoc): CsvRow {
  const location = doc.locations?.find((l) => !l.addressWithheld);
  const values = (points: { value: string }[] | undefined) => join(points?.map((p) => p.value));
  return {
    id: doc._id,
    name: doc.name,
    provider_name: doc.provider.name,
    provider_ico: doc.provider.ico ?? '',
    service_type: doc.serviceType.key ?? doc.serviceType.section,
    forms: join(doc.forms?.map((f) => f.form)),
    target_groups: join(doc.targetGroups),
    age_groups: join(doc.ageGroups),
    description: doc.description ?? '',
    eligibility: doc.eligibility ?? '',
    how_to_apply: doc.howToApply ?? '',
    fees: doc.fees ?? '',
    street: location?.address?.street ?? '',
    house_number: location?.address?.houseNumber ?? '',
    municipality: location?.address?.municipality ?? '',
    postcode: location?.address?.postcode ?? '',
    lat: location?.geo ? String(location.geo.lat) : '',
    lon: location?.geo ? String(location.geo.lon) : '',
    orps: join(doc.serviceArea?.orps),
    phones: values(doc.contacts?.phones),
    emails: values(doc.contacts?.emails),
    webs: values(doc.contacts?.webs),
    languages: join(doc.languages),
    last_verified: doc.lastVerified ?? '',
  };
}

/**
 * Applies a row to a stored service without losing what the CSV cannot express: capacities of
 * forms that stay, the first location's name and extra address parts, contact notes, and every
 * field the CSV has no column for.
 */
export function applyRow(
  stored: ServiceDoc | undefined,
  fields: CsvFields,
): Omit<ServiceDoc, 'updatedAt'> {
  if (!stored) return fields;
  const forms = fields.forms?.map((f) => stored.forms?.find((s) => s.form === f.form) ?? f);
  const [first, ...rest] = stored.locations ?? [];
  const csvLocation = fields.locations?.[0];
  const locations = csvLocation
    ? [
        JSON.parse(
          JSON.stringify({
            ...first,
            ...csvLocation,
            address: { ...first?.address, ...csvLocation.address },
          }),
        ) as ServiceLocation,
        ...rest,
      ]
    : (stored.locations ?? []).filter((l) => l.addressWithheld);
  const keepNotes = (
    incoming: { value: string }[] | undefined,
    old: { value: string; note?: string }[] | undefined,
  ) => incoming?.map((p) => old?.find((o) => o.value === p.value) ?? p);
  const contacts = JSON.parse(
    JSON.stringify({
      phones: keepNotes(fields.contacts?.phones, stored.contacts?.phones),
      emails: keepNotes(fields.contacts?.emails, stored.contacts?.emails),
      webs: keepNotes(fields.contacts?.webs, stored.contacts?.webs),
    }),
  ) as ServiceDoc['contacts'];
  const { updatedAt: _u, _rev: _r, ...rest2 } = stored;
  return {
    ...rest2,
    ...fields,
    provider: { ...stored.provider, ...fields.provider },
    serviceType:
      stored.serviceType.key === fields.serviceType.key ? stored.serviceType : fields.serviceType,
    forms,
    locations,
    contacts,
    serviceArea: { ...stored.serviceArea, orps: fields.serviceArea?.orps ?? [] },
    source: { ...stored.source, kind: 'local' },
    status: stored.status ?? 'active',
    ...(stored.removed ? { removed: stored.removed } : {}),
  };
}
