import type { TaxonomyDoc } from '$domain/catalog/taxonomy.types';
import type { SearchBuilder } from '$domain/search/search-builder';
import {
  labelsFromTable,
  labelsHash,
  snapshotKey,
  toSearchDoc,
} from '$domain/search/search-snapshot';
import { labelTableOf } from '$lib/search/search-labels';
import { SEARCH_SYNC_CHANNEL, type ToSearchWorker } from '$lib/search/search-worker.protocol';
import type { CatalogBatch } from './catalog-read-model';
import type { Seq } from './catalog-snapshot.format';
import { timed, type FirstSyncObserver, type SeededOrp } from './catalog-sync';
import { getCatalogEntries } from './dexie/catalog-entries.table';
import { readCatalogState, saveSearchSnapshot } from './dexie/search-index.table';

/**
 * Builds the search index from the first sync's stream as its batches commit (in the sync
 * worker), and stores it under the key the search worker computes for the finished read model
 * (search-snapshot.ts `snapshotKey`), so the search worker restores it instead of reading
 * 6,700 rows back and indexing them after the last one.
 *
 * It only ever stores an index that matches the read model row for row: anything irregular
 * (a stream resumed after a reload, a row seen twice, a removal of an indexed row, target group
 * names that changed after indexing began, a count or checkpoint that differs at the end)
 * abandons it, and
 * the search worker rebuilds from Dexie as before.
 */
export function searchIndexObserver(): FirstSyncObserver {
  let builder: SearchBuilder | undefined;
  let Builder: typeof SearchBuilder | undefined;
  /** Rows of the stream came in this session (indexed, or waiting for minisearch). */
  let began = false;
  const waiting: CatalogBatch[] = [];
  let labelsKey = '';
  let abandoned = false;
  /** Taxonomy documents of the stream so far (they come before any service row). */
  const taxonomy = new Map<string, TaxonomyDoc>();

  const abandon = () => {
    abandoned = true;
    builder = undefined;
    waiting.length = 0;
    taxonomy.clear();
  };

  const index = (batch: CatalogBatch) =>
    timed('index', () => {
      // Taxonomy changes after indexing began are caught at the end (the label hash moves).
      if (!builder) {
        for (const entry of batch.entries.put) {
          if (entry.kind === 'taxonomy') taxonomy.set(entry.id, entry.doc as TaxonomyDoc);
        }
        for (const id of batch.entries.remove) taxonomy.delete(id);
      }
      if (batch.remove.some((id) => builder?.has(id))) return abandon();
      if (batch.put.length === 0) return;
      if (!builder) {
        const table = labelTableOf([...taxonomy.values()]);
        labelsKey = labelsHash(table);
        builder = new Builder!(labelsFromTable(table));
      }
      for (const row of batch.put) if (!builder.add(row)) return abandon();
    });

  // minisearch is needed once the stream's rows come, after the territory's seed: loaded
  // meanwhile, the worker's own script is smaller and starts sooner (bench:first-sync, ORP).
  const loaded = import('$domain/search/search-builder').then(
    (module) => {
      Builder = module.SearchBuilder;
      if (!abandoned) waiting.splice(0).forEach(index);
    },
    () => abandon(),
  );

  return {
    begin(since: Seq) {
      // A resumed stream continues the index of this session; a stream resumed after a
      // reload has rows this session never saw.
      if (since !== 0 && !began) abandon();
    },

    committed(batch: CatalogBatch) {
      if (abandoned) return;
      if (batch.put.length > 0) began = true;
      if (Builder) index(batch);
      else waiting.push(batch);
    },

    async finished(seq: Seq) {
      await loaded;
      const current = builder;
      if (abandoned || !current) return;
      builder = undefined;
      const [state, entries] = await Promise.all([
        readCatalogState(),
        getCatalogEntries('taxonomy'),
      ]);
      // The labels the page will hand the search worker: the same table from the same rows.
      const labels = labelsHash(labelTableOf(entries.map((e) => e.doc)));
      if (
        labels !== labelsKey ||
        state.count !== current.size ||
        String(state.checkpoint?.seq) !== String(seq)
      ) {
        return;
      }
      const parts = timed('finish', () => current.engine().parts());
      await saveSearchSnapshot({ key: snapshotKey({ ...state, labels }), parts });
    },

    seeding: prepareSeededIndex,
  };
}

/**
 * A territory seeded into an empty read model (the first thing a first sync writes): its rows
 * go to the search worker over its channel before they are written, and it indexes them while
 * they are ('prepare'); once they are in, 'commit' tells it the read model's key, and it answers
 * for them. So search is ready a few milliseconds after the commit instead of reading the rows
 * back and indexing them then (bench:first-sync, one ORP). With any other row in the read
 * model no 'commit' comes, and the search worker rebuilds from Dexie as usual. The labels come
 * from the snapshot's taxonomy, which the page reads back from the same rows: where they
 * differ, so does the key, and the page's next sync rebuilds.
 */
function prepareSeededIndex(batch: CatalogBatch): (seed: SeededOrp | undefined) => void {
  if (typeof BroadcastChannel !== 'function') return () => undefined;
  const taxonomy = batch.entries.put.filter((entry) => entry.kind === 'taxonomy');
  const labels = labelTableOf(taxonomy.map((entry) => entry.doc));
  const id = `${Date.now()}-${Math.random()}`;
  const channel = new BroadcastChannel(SEARCH_SYNC_CHANNEL);
  const post = (message: ToSearchWorker) => channel.postMessage(message);
  post({ type: 'prepare', id, docs: batch.put.map(toSearchDoc), labels });
  return (seed) => {
    const exact = seed && !seed.checkpoint && seed.count === batch.put.length;
    if (exact && seed.rows.length === batch.put.length) {
      const { checkpoint, count } = seed;
      post({
        type: 'commit',
        id,
        key: snapshotKey({ checkpoint, count, labels: labelsHash(labels) }),
      });
    }
    channel.close();
  };
}
