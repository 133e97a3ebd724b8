import { describe, expect, it } from 'vitest';
import { toServiceRow } from '$lib/data/catalog-read-model';
import { emptyFilters } from '$domain/search/facet.types';
import { SearchEngine, type SearchRequest } from '$domain/search/search-engine';
import {
  dataPartOfKey,
  labelsFromTable,
  labelsHash,
  snapshotKey,
  toSearchDoc,
  type SearchSnapshot,
} from '$domain/search/search-snapshot';
import { syntheticServices } from '../../../../../sync-server/src/demo/synthetic-catalog';

const table = {
  targetGroups: [['seniori', ['Senioři', 'Seniors']]] as [string, string[]][],
  categories: [['care', ['Péče', 'Care']]] as [string, string[]][],
};
const docs = [...syntheticServices(400)].map((d) => toSearchDoc(toServiceRow(d)));

const requests: SearchRequest[] = [
  { query: '', filters: emptyFilters(), sort: 'name' },
  { query: 'azilovy', filters: emptyFilters(), sort: 'relevance' },
  { query: 'pecovatel', filters: emptyFilters(), sort: 'relevance' },
  { query: 'do', filters: { ...emptyFilters(), form: ['ter'] }, sort: 'relevance' },
  { query: 'seniori', filters: emptyFilters(), sort: 'name' },
  {
    query: 'domov pro',
    filters: { ...emptyFilters(), ageGroup: ['starsi-seniori'] },
    sort: 'relevance',
  },
];

describe('search snapshot', () => {
  it('restores an index that answers exactly like the one built', () => {
    const built = SearchEngine.build(docs, labelsFromTable(table));
    // Through a structured clone, as IndexedDB stores it.
    const snapshot: SearchSnapshot = structuredClone({ key: 'k', parts: built.parts() });
    const restored = SearchEngine.restore(snapshot.parts);
    for (const request of requests) {
      const a = built.search(request);
      const b = restored.search(request);
      expect(b.rows).toEqual(a.rows);
      expect(b.counts).toEqual(a.counts);
      expect([...b.terms].sort()).toEqual([...a.terms].sort());
      expect(b.rows.slice(0, 5).map((row) => restored.card(row))).toEqual(
        a.rows.slice(0, 5).map((row) => built.card(row)),
      );
    }
    expect(built.search(requests[1]!).rows.length).toBeGreaterThan(0);
  });

  it('answers from its core alone, and shows cards once their texts are attached', () => {
    const built = SearchEngine.build(docs, labelsFromTable(table));
    const { cards, ...core } = structuredClone(built.parts());
    const restored = SearchEngine.restoreCore(core);
    expect(restored.hasCards).toBe(false);
    for (const request of requests) {
      const a = built.search({ ...request, limit: 20 });
      const b = restored.search({ ...request, limit: 20 });
      expect(b.rows).toEqual(a.rows);
      expect(b.total).toBe(a.total);
      expect(b.counts).toEqual(a.counts);
    }
    expect(() => restored.card(0)).toThrow();
    restored.attachCards(cards);
    expect(restored.card(3)).toEqual(built.card(3));
  });

  it('keeps only what search reads, never the full document', () => {
    const row = toServiceRow([...syntheticServices(1)][0]!);
    expect(Object.keys(toSearchDoc(row))).not.toContain('doc');
  });

  it('keys change with the checkpoint, the row count and the labels', () => {
    const base = { checkpoint: { seq: 5, version: 3 }, count: 10, labels: labelsHash(table) };
    const key = snapshotKey(base);
    expect(snapshotKey({ ...base, checkpoint: { seq: 6, version: 3 } })).not.toBe(key);
    expect(snapshotKey({ ...base, checkpoint: { seq: 5, version: 4 } })).not.toBe(key);
    expect(snapshotKey({ ...base, count: 11 })).not.toBe(key);
    const renamed = {
      ...table,
      targetGroups: [['seniori', ['Senioři 65+', 'Seniors']]],
    } as typeof table;
    expect(snapshotKey({ ...base, labels: labelsHash(renamed) })).not.toBe(key);
    expect(dataPartOfKey(snapshotKey({ ...base, labels: 'x' }))).toBe(dataPartOfKey(key));
  });
});
