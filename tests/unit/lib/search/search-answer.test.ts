import { describe, expect, it } from 'vitest';
import { toServiceRow } from '$lib/data/catalog-read-model';
import { emptyFilters } from '$domain/search/facet.types';
import { SearchEngine } from '$domain/search/search-engine';
import { toSearchDoc } from '$domain/search/search-snapshot';
import {
  answerSearch,
  answerSearchReading,
  cardsReading,
  searchCards,
  warmUpSlices,
} from '$lib/search/search-answer';
import { syntheticServices } from '../../../../sync-server/src/demo/synthetic-catalog';

const docs = [...syntheticServices(300)].map((d) => toSearchDoc(toServiceRow(d)));
const engine = SearchEngine.build(docs, { targetGroup: () => [], category: () => [] });
const request = {
  query: 'sluzba',
  filters: emptyFilters(),
  sort: 'relevance',
  limit: 50,
} as const;

describe('answerSearch', () => {
  it('sends the rows on screen, and card texts for the first screen only', () => {
    const all = answerSearch(engine, request);
    const first = answerSearch(engine, { ...request, cards: 20 });
    expect(all.total).toBeGreaterThan(50);
    expect(first.total).toBe(all.total);
    expect(first.rows).toEqual(all.rows);
    expect(first.rows).toHaveLength(50);
    expect(first.hits).toEqual(all.hits.slice(0, 20));
    // The rest, asked for as they are rendered, are the same cards.
    expect(searchCards(engine, first.rows.slice(20))).toEqual(all.hits.slice(20));
    expect(all.hits.map((hit) => hit.id)).toEqual(all.rows.map((row) => docs[row]!.id));
  });

  it('gives the distance of every row on screen when sorted by distance', () => {
    const origin = { lat: 49.08, lon: 15.45 };
    const answer = answerSearch(engine, { ...request, sort: 'distance', origin, cards: 5 });
    expect(answer.distances).toHaveLength(answer.rows.length);
    expect(answer.hits.map((hit) => hit.distanceKm)).toEqual(answer.distances!.slice(0, 5));
    const km = answer.distances!.filter(Number.isFinite);
    expect(km).toEqual([...km].sort((a, b) => a - b));
  });
});

describe('warm-up', () => {
  it('ends, and leaves every answer as a fresh engine gives it', () => {
    const warm = SearchEngine.restore(structuredClone(engine.parts()));
    const slice = warmUpSlices(warm);
    let slices = 1;
    while (slice()) slices++;
    expect(slices).toBeLessThan(50);
    const fresh = SearchEngine.restore(structuredClone(engine.parts()));
    for (const query of ['', 'sl', 'sluz', 'pecovatelska', 'domov pr']) {
      const request2 = { ...request, query };
      expect(answerSearch(warm, request2)).toEqual(answerSearch(fresh, request2));
    }
  });
});

describe('answers before the card texts are read', () => {
  it('take the first screen from the service rows and equal the full answer', async () => {
    const { cards: _cards, ...core } = structuredClone(engine.parts());
    const starting = SearchEngine.restoreCore(core);
    const byId = new Map(docs.map((doc) => [doc.id, doc]));
    const read = (ids: string[]) =>
      Promise.resolve(
        ids.map((id) => {
          const doc = byId.get(id)!;
          const { serviceTypeKey, name, providerName, serviceTypeSection } = doc;
          const { serviceTypeName, description } = doc;
          return {
            id,
            serviceTypeKey,
            name,
            providerName,
            serviceTypeSection,
            serviceTypeName,
            description,
          };
        }),
      );
    const origin = { lat: 49.08, lon: 15.45 };
    for (const r of [
      { ...request, cards: 20 },
      { ...request, sort: 'distance', origin, cards: 7 } as const,
    ]) {
      expect(await answerSearchReading(starting, r, read)).toEqual(answerSearch(engine, r));
    }
    const rows = answerSearch(engine, request).rows.slice(20, 40);
    expect(await cardsReading(starting, rows, read)).toEqual(searchCards(engine, rows));
  });
});
