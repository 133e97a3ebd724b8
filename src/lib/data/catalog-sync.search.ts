import type { TaxonomyDoc } from '$domain/catalog/taxonomy.types';
import { SearchBuilder } from '$domain/search/search-builder';
import { labelsFromTable, labelsHash, snapshotKey } from '$domain/search/search-snapshot';
import { labelTable, targetGroupsOf } from '$lib/search/search-labels';
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
  let labelsKey = '';
  let abandoned = false;
  /** Taxonomy documents of the stream so far (they come before any service row). */
  const taxonomy = new Map<string, TaxonomyDoc>();

  const abandon = () => {
    abandoned = true;
    builder = undefined;
    taxonomy.clear();
  };

  return {
    begin(since: Seq) {
      // A resumed stream continues the index of this session; a stream resumed after a
      // reload has rows this session never saw.
      if (since !== 0 && !builder) abandon();
    },

    committed(batch: CatalogBatch) {
      if (abandoned) return;
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
          const table = labelTable(targetGroupsOf([...taxonomy.values()]));
          labelsKey = labelsHash(table);
          builder = new SearchBuilder(labelsFromTable(table));
        }
        for (const row of batch.put) if (!builder.add(row)) return abandon();
      });
    },

    async finished(seq: Seq) {
      const current = builder;
      if (abandoned || !current) return;
      builder = undefined;
      const [state, entries] = await Promise.all([
        readCatalogState(),
        getCatalogEntries('taxonomy'),
      ]);
      // The labels the page will hand the search worker: the same table from the same rows.
      const labels = labelsHash(labelTable(targetGroupsOf(entries.map((e) => e.doc))));
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

    seeded: indexSeededOrp,
  };
}

/**
 * A territory seeded into an empty read model (the first thing a first sync writes): its few
 * rows are indexed here, where they already are, and the index goes straight to the search
 * worker over its channel. It then answers a few milliseconds after the commit instead of
 * reading the rows back and indexing them itself (bench:first-sync, one ORP). With any other
 * row in the read model the search worker rebuilds from Dexie as usual. The labels come from
 * the snapshot's taxonomy, which the page reads back from the same rows: where they differ,
 * the key does, and the page's next sync rebuilds.
 */
function indexSeededOrp({ rows, entries, count, checkpoint }: SeededOrp): void {
  if (typeof BroadcastChannel !== 'function' || checkpoint || count !== rows.length) return;
  const taxonomy = entries.filter((entry) => entry.kind === 'taxonomy');
  const table = labelTable(targetGroupsOf(taxonomy.map((entry) => entry.doc)));
  const builder = new SearchBuilder(labelsFromTable(table));
  for (const row of rows) if (!builder.add(row)) return;
  const key = snapshotKey({ checkpoint, count, labels: labelsHash(table) });
  const message: ToSearchWorker = { type: 'restore', key, parts: builder.engine().parts() };
  const channel = new BroadcastChannel(SEARCH_SYNC_CHANNEL);
  channel.postMessage(message);
  channel.close();
}
