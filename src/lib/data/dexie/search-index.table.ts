import type { SearchDoc } from '$domain/search/search-engine';
import type { SearchCard, SearchCards, SearchCore } from '$domain/search/search-parts';

/** A card's texts. */
export type SearchCardText = Omit<SearchCard, 'geo'>;
import type { SearchSnapshot } from '$domain/search/search-snapshot';
import { toSearchDoc } from '$domain/search/search-snapshot';
import { db, getCheckpoint, type Checkpoint } from './app.db';

/**
 * The persisted search index lives in `meta` under two keys: the core (what answering needs:
 * terms, facets, name order, ids — about 3 MB for 10,000 services) and the cards' texts (about
 * 4 MB). Start-up reads the core and answers at once (the first screen's cards from the service
 * rows), then reads the texts; no schema change. It is derived data: deleting it only costs one
 * rebuild.
 */
const CORE_KEY = 'search:core';
const CARDS_KEY = 'search:cards';
/** The single value of index version 3 and earlier: removed when a new snapshot is saved. */
const LEGACY_KEY = 'search:snapshot';
/** Same checkpoint name the catalogue projector writes (catalog.projector.ts). */
const CATALOG_CHECKPOINT = 'catalog.services';

interface StoredCore {
  key: string;
  core: SearchCore;
}
interface StoredCards {
  key: string;
  cards: SearchCards;
}

/** The core of the stored index (see SearchCore), without the cards' texts. */
export async function loadSearchCore(): Promise<StoredCore | undefined> {
  const row = await db.meta.get(CORE_KEY);
  return row?.value as StoredCore | undefined;
}

/** The stored cards' texts and the key of the index they belong to. */
export async function loadSearchCards(): Promise<StoredCards | undefined> {
  const row = await db.meta.get(CARDS_KEY);
  return row?.value as StoredCards | undefined;
}

/**
 * Card texts of services by id, from the service rows: the first screen's cards while the
 * stored texts are still being read (a few rows instead of 4 MB). Missing rows give undefined.
 */
export async function readCardTexts(ids: string[]): Promise<(SearchCardText | undefined)[]> {
  const rows = await db.services.bulkGet(ids);
  return rows.map(
    (row) =>
      row && {
        id: row.id,
        serviceTypeKey: row.serviceTypeKey,
        name: row.name,
        providerName: row.providerName,
        serviceTypeSection: row.serviceTypeSection,
        serviceTypeName: row.serviceTypeName,
        description: row.description,
      },
  );
}

/** Both halves, when they belong together. */
export async function loadSearchSnapshot(): Promise<SearchSnapshot | undefined> {
  const [core, cards] = await db.transaction('r', db.meta, () =>
    Promise.all([db.meta.get(CORE_KEY), db.meta.get(CARDS_KEY)]),
  );
  const storedCore = core?.value as StoredCore | undefined;
  const storedCards = cards?.value as StoredCards | undefined;
  if (!storedCore || storedCards?.key !== storedCore.key) return undefined;
  return { key: storedCore.key, parts: { ...storedCore.core, cards: storedCards.cards } };
}

export async function saveSearchSnapshot(snapshot: SearchSnapshot): Promise<void> {
  const { cards, ...core } = snapshot.parts;
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: CORE_KEY, value: { key: snapshot.key, core } satisfies StoredCore });
    await db.meta.put({
      key: CARDS_KEY,
      value: { key: snapshot.key, cards } satisfies StoredCards,
    });
    await db.meta.delete(LEGACY_KEY);
  });
}

/** The read model's current state, cheaply: the projector's checkpoint and the row count. */
export async function readCatalogState(): Promise<{
  checkpoint: Checkpoint | undefined;
  count: number;
}> {
  return db.transaction('r', [db.services, db.meta], async () => ({
    checkpoint: await getCheckpoint(CATALOG_CHECKPOINT),
    count: await db.services.count(),
  }));
}

/**
 * All service rows as compact search rows, plus the state they were read at (one read
 * transaction, so rows and key agree). Runs in the search worker: the full documents are
 * deserialised there, never on the page's thread.
 */
export async function readSearchSource(): Promise<{
  docs: SearchDoc[];
  checkpoint: Checkpoint | undefined;
  count: number;
}> {
  return db.transaction('r', [db.services, db.meta], async () => {
    const checkpoint = await getCheckpoint(CATALOG_CHECKPOINT);
    const rows = await db.services.toArray();
    return { docs: rows.map(toSearchDoc), checkpoint, count: rows.length };
  });
}
