import type { ServiceDoc } from '$domain/catalog/service.types';
import { SERVICE_ID_PREFIX } from '$domain/catalog/service.types';

/** One row of the derived `services` table: flat, indexable, rebuildable from the replica. */
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
}

/** A replica change as the projector sees it (no PouchDB types). */
export interface CatalogChange {
  id: string;
  deleted: boolean;
  doc?: unknown;
}

/** Bump when the row shape or mapping changes: the projector then rebuilds from seq 0. */
export const SERVICE_PROJECTION_VERSION = 2;

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

export function toServiceRow(doc: ServiceDoc): ServiceRow {
  return {
    id: doc._id,
    name: doc.name,
    providerName: doc.provider.name,
    serviceTypeSection: doc.serviceType.section,
    serviceTypeName: doc.serviceType.name,
    description: doc.description ?? '',
    nameSort: foldForSearch(doc.name),
    demo: doc.demo === true || doc._id.includes('demo'),
  };
}

/** Splits a batch of changes into rows to write and ids to delete; other doc types are ignored. */
export function planServiceBatch(changes: readonly CatalogChange[]): {
  put: ServiceRow[];
  remove: string[];
} {
  // Last change per id wins within a batch.
  const latest = new Map<string, CatalogChange>();
  for (const change of changes) latest.set(change.id, change);
  const put: ServiceRow[] = [];
  const remove: string[] = [];
  for (const change of latest.values()) {
    if (!change.id.startsWith(SERVICE_ID_PREFIX)) continue;
    // Removed services stay in CouchDB as tombstones (status 'removed'); the list hides them.
    const doc = change.deleted ? undefined : change.doc;
    if (isServiceDoc(doc) && doc.status !== 'removed') put.push(toServiceRow(doc));
    else remove.push(change.id);
  }
  return { put, remove };
}
