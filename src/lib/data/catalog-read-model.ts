import type { FormKey, ServiceCategory, ServiceDoc } from '$domain/catalog/service.types';
import { SERVICE_ID_PREFIX } from '$domain/catalog/service.types';

/**
 * One row of the derived `services` table: flat, indexable, rebuildable from the replica.
 * Facet fields are plain key arrays so filters and counts never look inside `doc`.
 */
export interface ServiceRow {
  id: string;
  name: string;
  providerName: string;
  serviceTypeSection: string;
  serviceTypeName: string;
  description: string;
  /** Lower-case, diacritics-free name for prefix search. */
  nameSort: string;
  /** Fictional demo entry, labelled as such in the UI. */
  demo: boolean;
  /** The whole document, for the detail page (no second lookup in the replica). */
  doc: ServiceDoc;
  /** Service-type taxonomy key ("40", "cdz"…); falls back to the section. */
  serviceTypeKey: string;
  /** care / prevention / advice; empty when the document does not say. */
  category: ServiceCategory | '';
  lifeSituations: string[];
  targetGroups: string[];
  ageGroups: string[];
  forms: FormKey[];
  /** Municipality keys served, plus the municipalities of the service's own locations. */
  municipalities: string[];
  /** ORP keys served. */
  orps: string[];
  /** First location with coordinates, for "near me" (computed on the device). */
  geo?: { lat: number; lon: number };
  /** Written from a per-ORP snapshot during the first sync, not yet by the full stream. */
  seeded?: true;
}

/** A replica change as the projector sees it (no PouchDB types). */
export interface CatalogChange {
  id: string;
  deleted: boolean;
  doc?: unknown;
}

/** A non-service catalogue document (taxonomy, life situation, territory, planning), derived. */
export interface CatalogEntry {
  id: string;
  /** The document's `type`: "taxonomy", "life-situation", "territory", "planning-orp", "working-group". */
  kind: string;
  doc: unknown;
}

/**
 * Bump when the row shape or mapping changes: the read model is then rebuilt by a first sync.
 * 4: checkpoints are the server's sequences (the app reads /db/catalog/_changes itself).
 */
export const SERVICE_PROJECTION_VERSION = 4;

export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('cs');
}

function isServiceDoc(doc: unknown): doc is ServiceDoc {
  if (typeof doc !== 'object' || doc === null) return false;
  const d = doc as Partial<ServiceDoc>;
  return (
    d.type === 'service' &&
    typeof d._id === 'string' &&
    d._id.startsWith(SERVICE_ID_PREFIX) &&
    typeof d.name === 'string' &&
    typeof d.provider?.name === 'string' &&
    typeof d.serviceType?.section === 'string' &&
    typeof d.serviceType.name === 'string'
  );
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

export function toServiceRow(doc: ServiceDoc): ServiceRow {
  const locations = Array.isArray(doc.locations) ? doc.locations : [];
  const geo = locations.find(
    (l) => typeof l.geo?.lat === 'number' && typeof l.geo.lon === 'number',
  )?.geo;
  const locationMunicipalities = locations
    .map((l) => l.address?.municipalityCode)
    .filter((k): k is string => typeof k === 'string' && k !== '');
  const row: ServiceRow = {
    id: doc._id,
    name: doc.name,
    providerName: doc.provider.name,
    serviceTypeSection: doc.serviceType.section,
    serviceTypeName: doc.serviceType.name,
    description: doc.plainDescription ?? doc.description ?? '',
    nameSort: foldForSearch(doc.name),
    demo: doc.demo === true || doc._id.includes('demo'),
    doc,
    serviceTypeKey: doc.serviceType.key ?? doc.serviceType.section,
    category: doc.serviceType.category ?? '',
    lifeSituations: unique(strings(doc.lifeSituations)),
    targetGroups: unique(strings(doc.targetGroups)),
    ageGroups: unique(strings(doc.ageGroups)),
    forms: unique((Array.isArray(doc.forms) ? doc.forms : []).map((f) => f.form).filter(Boolean)),
    municipalities: unique([
      ...strings(doc.serviceArea?.municipalities),
      ...locationMunicipalities,
    ]),
    orps: unique(strings(doc.serviceArea?.orps)),
  };
  if (geo) row.geo = { lat: geo.lat, lon: geo.lon };
  return row;
}

function isCatalogEntryDoc(id: string, doc: unknown): doc is { type: string } {
  if (id.startsWith('_design/') || id.startsWith(SERVICE_ID_PREFIX)) return false;
  return (
    typeof doc === 'object' && doc !== null && typeof (doc as { type?: unknown }).type === 'string'
  );
}

export interface CatalogBatch {
  put: ServiceRow[];
  remove: string[];
  entries: { put: CatalogEntry[]; remove: string[] };
}

/**
 * Splits a batch of changes into service rows and catalogue entries to write, and ids to delete
 * from each. Design documents are ignored.
 */
export function planServiceBatch(changes: readonly CatalogChange[]): CatalogBatch {
  // Last change per id wins within a batch.
  const latest = new Map<string, CatalogChange>();
  for (const change of changes) latest.set(change.id, change);
  const batch: CatalogBatch = { put: [], remove: [], entries: { put: [], remove: [] } };
  for (const change of latest.values()) {
    const doc = change.deleted ? undefined : change.doc;
    if (change.id.startsWith(SERVICE_ID_PREFIX)) {
      // Removed services stay in CouchDB as tombstones (status 'removed'); the list hides them.
      if (isServiceDoc(doc) && doc.status !== 'removed') batch.put.push(toServiceRow(doc));
      else batch.remove.push(change.id);
    } else if (change.id.startsWith('_design/')) {
      continue;
    } else if (isCatalogEntryDoc(change.id, doc)) {
      batch.entries.put.push({ id: change.id, kind: doc.type, doc });
    } else {
      batch.entries.remove.push(change.id);
    }
  }
  return batch;
}
