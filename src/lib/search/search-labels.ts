import {
  CATEGORY_NAMES,
  type TargetGroupTerm,
  type TaxonomyDoc,
} from '$domain/catalog/taxonomy.types';
import type { SearchLabelTable } from '$domain/search/search-snapshot';

/** Taxonomy words indexed with each service, as plain data for the workers. */
export function labelTable(targetGroups: readonly TargetGroupTerm[]): SearchLabelTable {
  return {
    targetGroups: targetGroups.map((g) => [g.key, [g.name.cs, g.name.en]]),
    categories: Object.entries(CATEGORY_NAMES).map(([key, name]) => [key, [name.cs, name.en]]),
  };
}

/**
 * The target groups in the order the taxonomy state lists them (taxonomy.svelte.ts: read by
 * kind in id order, then sorted by `order`), so a table built from the same documents elsewhere
 * hashes the same as the page's.
 */
export function targetGroupsOf(docs: readonly unknown[]): TargetGroupTerm[] {
  return docs
    .filter((d): d is TaxonomyDoc => d !== null && typeof d === 'object')
    .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
    .sort((a, b) => a.order - b.order)
    .filter((t): t is TargetGroupTerm => t.kind === 'target-group');
}

/** The page's label table (`labelTable` of the taxonomy state) from raw taxonomy documents. */
export function labelTableOf(taxonomyDocs: readonly unknown[]): SearchLabelTable {
  return labelTable(targetGroupsOf(taxonomyDocs));
}
