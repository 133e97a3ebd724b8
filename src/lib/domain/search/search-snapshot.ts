import type { SearchDoc, SearchLabels } from './search-engine';
import type { SearchParts } from './search-parts';

/**
 * Bump when the index options or the compact row change (boosts, fields, term processing):
 * a stored snapshot with another version is rebuilt instead of restored.
 * 6: terms are Czech stems (czech-stem.ts); cards carry the service-type key.
 */
export const SEARCH_INDEX_VERSION = 6;

/**
 * Taxonomy words the index needs, as plain data: the search worker cannot read the taxonomy
 * state, so the page hands it these tables (target group key → names, category key → names).
 */
export interface SearchLabelTable {
  targetGroups: [key: string, names: string[]][];
  categories: [key: string, names: string[]][];
}

export function labelsFromTable(table: SearchLabelTable): SearchLabels {
  const groups = new Map(table.targetGroups);
  const categories = new Map(table.categories);
  return {
    targetGroup: (key) => groups.get(key) ?? [],
    category: (key) => categories.get(key) ?? [],
  };
}

/**
 * Everything search needs, stored as one IndexedDB value so start-up is one read: SearchParts
 * (typed arrays and a few long strings). IndexedDB copies buffers back almost for free, where
 * the former JSON text of rows and minisearch's index took 80–160 ms to parse for 10,000
 * services before throttling, and rebuilding facet tables from row objects as much again.
 */
export interface SearchSnapshot {
  /** Which catalogue state and labels it was built from (see snapshotKey). */
  key: string;
  parts: SearchParts;
}

/** Copies only the fields search reads, so the snapshot never carries the full document. */
export function toSearchDoc(row: SearchDoc): SearchDoc {
  const doc: SearchDoc = {
    id: row.id,
    serviceTypeKey: row.serviceTypeKey,
    category: row.category,
    lifeSituations: row.lifeSituations,
    targetGroups: row.targetGroups,
    ageGroups: row.ageGroups,
    forms: row.forms,
    municipalities: row.municipalities,
    name: row.name,
    providerName: row.providerName,
    serviceTypeName: row.serviceTypeName,
    serviceTypeSection: row.serviceTypeSection,
    description: row.description,
    orps: row.orps,
  };
  if (row.geo) doc.geo = { lat: row.geo.lat, lon: row.geo.lon };
  return doc;
}

/** A short, stable hash (FNV-1a) of the label tables: a renamed target group means a rebuild. */
export function labelsHash(table: SearchLabelTable): string {
  const text = JSON.stringify(table);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * The read model's state a snapshot belongs to: projection checkpoint (version + sequence), row
 * count, label hash and index version. Any change in the catalogue moves the checkpoint.
 */
export function snapshotKey(parts: {
  checkpoint: { seq: string | number; version: number } | undefined;
  count: number;
  labels: string;
}): string {
  const cp = parts.checkpoint ? `${parts.checkpoint.version}@${String(parts.checkpoint.seq)}` : '-';
  return `v${SEARCH_INDEX_VERSION}|${cp}|${parts.count}|${parts.labels}`;
}

/** The same key without the labels part: enough to answer at start-up before labels arrive. */
export function dataPartOfKey(key: string): string {
  return key.slice(0, key.lastIndexOf('|'));
}
