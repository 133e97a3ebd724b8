/// <reference lib="webworker" />
/**
 * The search engine's own thread. It restores the persisted index at start (one IndexedDB
 * read), rebuilds and re-persists it when the catalogue or the labels change, and answers each
 * keystroke, so the page's thread never runs minisearch or the facet counts.
 */
import { SearchEngine } from '$domain/search/search-engine';
import {
  dataPartOfKey,
  labelsFromTable,
  labelsHash,
  snapshotKey,
  type SearchLabelTable,
} from '$domain/search/search-snapshot';
import {
  loadSearchSnapshot,
  readCatalogState,
  readSearchSource,
  saveSearchSnapshot,
} from '$lib/data/dexie/search-index.table';
import {
  countsToWire,
  type FromSearchWorker,
  type SearchHit,
  type ToSearchWorker,
  type WireSearchRequest,
} from './search-worker.protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromSearchWorker) => scope.postMessage(message);
const NO_LABELS: SearchLabelTable = { targetGroups: [], categories: [] };

let engine: SearchEngine | undefined;
let engineKey = '';
/** A search that arrived before the engine was ready; answered as soon as it is. */
let waiting: { id: number; request: WireSearchRequest } | undefined;
let syncing: Promise<void> | undefined;
let nextLabels: SearchLabelTable | undefined;

function answer(id: number, request: WireSearchRequest): void {
  if (!engine) {
    waiting = { id, request };
    return;
  }
  const started = performance.now();
  const { territory } = request;
  const outcome = engine.search({
    query: request.query,
    filters: request.filters,
    territory: territory && {
      orp: territory.orp,
      municipalities: new Set(territory.municipalities),
    },
    sort: request.sort,
    origin: request.origin,
  });
  const hits: SearchHit[] = outcome.rows.slice(0, request.limit).map((row) => {
    const doc = engine!.docs[row]!;
    return {
      id: doc.id,
      name: doc.name,
      providerName: doc.providerName,
      serviceTypeSection: doc.serviceTypeSection,
      serviceTypeName: doc.serviceTypeName,
      description: doc.description,
      distanceKm: outcome.distances?.get(row),
    };
  });
  post({
    type: 'result',
    id,
    total: outcome.rows.length,
    hits,
    counts: countsToWire(outcome.counts),
    terms: [...outcome.terms],
    ms: performance.now() - started,
  });
}

function use(next: SearchEngine, key: string, source: 'snapshot' | 'built', started: number): void {
  engine = next;
  engineKey = key;
  post({ type: 'ready', count: next.docs.length, source, ms: performance.now() - started });
  if (waiting) {
    const { id, request } = waiting;
    waiting = undefined;
    answer(id, request);
  }
}

/** Start-up: restore the stored index if it belongs to the read model as it is now. */
async function open(): Promise<void> {
  const started = performance.now();
  const [snapshot, state] = await Promise.all([loadSearchSnapshot(), readCatalogState()]);
  if (engine || !snapshot) return;
  const current = dataPartOfKey(snapshotKey({ ...state, labels: '' }));
  if (dataPartOfKey(snapshot.key) !== current) return;
  // Labels only matter when documents are added; restoring needs none.
  use(
    SearchEngine.restore(snapshot.docs, labelsFromTable(NO_LABELS), snapshot.index),
    snapshot.key,
    'snapshot',
    started,
  );
}

/** Catalogue or labels changed: rebuild (the old engine keeps answering) and persist. */
async function sync(labels: SearchLabelTable): Promise<void> {
  const started = performance.now();
  const hash = labelsHash(labels);
  const state = await readCatalogState();
  if (snapshotKey({ ...state, labels: hash }) === engineKey) return;
  const stored = await loadSearchSnapshot();
  if (stored && stored.key === snapshotKey({ ...state, labels: hash })) {
    use(
      SearchEngine.restore(stored.docs, labelsFromTable(labels), stored.index),
      stored.key,
      'snapshot',
      started,
    );
    return;
  }
  const source = await readSearchSource();
  const key = snapshotKey({ ...source, labels: hash });
  const built = await SearchEngine.buildAsync(source.docs, labelsFromTable(labels));
  use(built, key, 'built', started);
  await saveSearchSnapshot({ key, docs: source.docs, index: JSON.stringify(built.toJSON()) });
}

/** One rebuild at a time; bursts of changes collapse into one more run with the latest labels. */
function requestSync(labels: SearchLabelTable): void {
  nextLabels = labels;
  if (syncing) return;
  const run = async (): Promise<void> => {
    while (nextLabels) {
      const current = nextLabels;
      nextLabels = undefined;
      await sync(current);
    }
  };
  syncing = run()
    .catch((error: unknown) => post({ type: 'error', message: String(error) }))
    .finally(() => (syncing = undefined));
}

scope.onmessage = (event: MessageEvent<ToSearchWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'open':
      open().catch((error: unknown) => post({ type: 'error', message: String(error) }));
      return;
    case 'sync':
      requestSync(message.labels);
      return;
    case 'search':
      answer(message.id, message.request);
  }
};
