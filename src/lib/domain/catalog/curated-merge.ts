import { deepEqual, fingerprint } from './stable-json';
import type { RemovalReason, ServiceDoc } from './service.types';

/**
 * Fields the registry owns. Everything else on a service (life situations, plain-language
 * description, eligibility, how to apply, fees, hours, languages, accessibility, coordinates
 * added by hand, last verified…) is local and never touched by an import.
 */
export const REGISTRY_FIELDS = [
  'name',
  'provider',
  'serviceType',
  'description',
  'forms',
  'targetGroups',
  'ageGroups',
  'locations',
  'serviceArea',
  'contacts',
] as const;

export type RegistryField = (typeof REGISTRY_FIELDS)[number];

/** What a registry record says about a service, already mapped to our model. */
export type RegistryServiceData = Pick<ServiceDoc, 'name' | 'provider' | 'serviceType'> &
  Partial<Pick<ServiceDoc, Exclude<RegistryField, 'name' | 'provider' | 'serviceType'>>> & {
    _id: string;
    registryIdentifier: string;
    registryId?: string;
  };

export interface MergeResult {
  doc: ServiceDoc;
  changed: boolean;
  /** Registry fields an editor changed locally, kept instead of the registry's value. */
  keptLocal: RegistryField[];
}

function fieldHashes(data: RegistryServiceData): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const field of REGISTRY_FIELDS) hashes[field] = fingerprint(data[field]);
  return hashes;
}

function setField(doc: ServiceDoc, field: RegistryField, value: unknown): void {
  const target = doc as unknown as Record<string, unknown>;
  if (value === undefined) delete target[field];
  else target[field] = value;
}

/**
 * Three-way merge of a registry record into the stored service. The base is the fingerprint of
 * each field as last imported: a field still equal to its base was not edited here and takes the
 * registry's new value; a field that differs was edited by a person and is kept. Returns the
 * existing document untouched (`changed: false`) when nothing would change, so a second import
 * of the same file writes nothing.
 */
export function mergeRegistryService(
  existing: ServiceDoc | undefined,
  incoming: RegistryServiceData,
  now: string,
): MergeResult {
  const hashes = fieldHashes(incoming);
  const doc: ServiceDoc = existing
    ? (JSON.parse(JSON.stringify(existing)) as ServiceDoc)
    : {
        _id: incoming._id,
        type: 'service',
        name: '',
        provider: { name: '' },
        serviceType: { section: '', name: '' },
        updatedAt: now,
      };
  const base = existing?.source?.fieldHashes ?? {};
  const keptLocal: RegistryField[] = [];
  for (const field of REGISTRY_FIELDS) {
    const current = existing ? (existing as unknown as Record<string, unknown>)[field] : undefined;
    const baseHash = base[field];
    const editedLocally =
      existing !== undefined && baseHash !== undefined && fingerprint(current) !== baseHash;
    if (editedLocally) {
      if (!deepEqual(current, incoming[field])) keptLocal.push(field);
      continue;
    }
    setField(doc, field, incoming[field]);
  }
  doc.source = {
    ...(existing?.source ?? {}),
    kind: 'registry',
    registryIdentifier: incoming.registryIdentifier,
    ...(incoming.registryId ? { registryId: incoming.registryId } : {}),
    fieldHashes: hashes,
  };
  // A service back in the registry after a tombstone is active again.
  doc.status = 'active';
  delete doc.removed;

  if (existing) {
    const before = { ...existing, source: { ...existing.source, importedAt: undefined } };
    const after = { ...doc, source: { ...doc.source, importedAt: undefined } };
    if (deepEqual(before, after)) return { doc: existing, changed: false, keptLocal };
  }
  doc.source.importedAt = now;
  doc.updatedAt = now;
  return { doc, changed: true, keptLocal };
}

/**
 * An explicit tombstone: the document stays (so editors, links and the app's replica see what
 * happened) with status "removed" and when and why. Already-removed services are unchanged.
 */
export function markRemoved(
  existing: ServiceDoc,
  reason: RemovalReason,
  now: string,
): { doc: ServiceDoc; changed: boolean } {
  if (existing.status === 'removed') return { doc: existing, changed: false };
  return {
    doc: { ...existing, status: 'removed', removed: { at: now, reason }, updatedAt: now },
    changed: true,
  };
}
