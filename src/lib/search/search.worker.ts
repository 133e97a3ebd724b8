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
  type SearchSnapshot,
} from '$domain/search/search-snapshot';
import {
  loadSearchCards,
  loadSearchCore,
  loadSearchSnapshot,
  readCardTexts,
  readCatalogState,
  readSearchSource,
  saveSearchSnapshot,
} from '$lib/data/dexie/search-index.table';
import { answerSearch, answerSearchReading, cardsReading, warmUpSlices } from './search-answer';
import {
  SEARCH_SYNC_CHANNEL,
  type FromSearchWorker,
  type ToSearchWorker,
  type WireSearchRequest,
} from './search-worker.protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromSearchWorker) => scope.postMessage(message);

let engine: SearchEngine | undefined;
let engineKey = '';
/** Bumped whenever another index answers: rows of an older answer mean other services. */
let engineIndex = 0;
/** A search that arrived before the engine was ready; answered as soon as it is. */
let waiting: { id: number; request: WireSearchRequest } | undefined;
let syncing: Promise<void> | undefined;
/** Start-up restore; a sync waits for it, so the snapshot is never read and restored twice. */
let opening: Promise<void> = Promise.resolve();
let nextLabels: SearchLabelTable | undefined;

function answer(id: number, request: WireSearchRequest): void {
  if (!engine) {
    waiting = { id, request };
    return;
  }
  const started = performance.now();
  const index = engineIndex;
  if (engine.hasCards) {
    const answered = answerSearch(engine, request);
    post({ type: 'result', id, ...answered, index, ms: performance.now() - started });
    return;
  }
  // Start-up, card texts still being read: the first screen's come from the service rows.
  answerSearchReading(engine, request, readCardTexts)
    .then((answered) =>
      post({ type: 'result', id, ...answered, index, ms: performance.now() - started }),
    )
    .catch((error: unknown) => post({ type: 'error', message: String(error) }));
}

function use(next: SearchEngine, key: string, source: 'snapshot' | 'built', started: number): void {
  engine = next;
  engineKey = key;
  engineIndex++;
  post({ type: 'ready', count: next.size, source, ms: performance.now() - started });
  if (waiting) {
    const { id, request } = waiting;
    waiting = undefined;
    answer(id, request);
  }
  warmUp(next);
}

/** Scores postings and compiles the search code before the user types (warmUpSlices). */
function warmUp(target: SearchEngine): void {
  const slice = warmUpSlices(target);
  const step = () => {
    if (engine === target && slice()) setTimeout(step, 0);
  };
  setTimeout(step, 0);
}

/** Labels only matter when documents are indexed; the stored parts already hold their words. */
function restore(snapshot: SearchSnapshot, started: number): void {
  use(SearchEngine.restore(snapshot.parts), snapshot.key, 'snapshot', started);
}

/**
 * Start-up: restore the stored index if it belongs to the read model as it is now. Only the
 * core is read before answering (the first answers take their card texts from the service
 * rows); the stored card texts (4 MB for 10,000 services) are read after.
 */
async function open(): Promise<void> {
  const started = performance.now();
  const [stored, state] = await Promise.all([loadSearchCore(), readCatalogState()]);
  if (engine || !stored) return;
  const current = dataPartOfKey(snapshotKey({ ...state, labels: '' }));
  if (dataPartOfKey(stored.key) !== current) return;
  const restored = SearchEngine.restoreCore(stored.core);
  use(restored, stored.key, 'snapshot', started);
  // A failed read only means a rebuild at the next sync, as a missing snapshot does.
  const cards = await loadSearchCards().catch(() => undefined);
  // A sync may have swapped in another index meanwhile (TypeScript cannot see `use` set it).
  if ((engine as SearchEngine | undefined) !== restored) return;
  if (cards?.key === stored.key) {
    restored.attachCards(cards.cards);
  } else {
    // Texts of another index (a half-written snapshot): answer nothing until the sync rebuilds.
    engine = undefined;
    engineKey = '';
  }
}

/** Catalogue or labels changed: rebuild (the old engine keeps answering) and persist. */
async function sync(labels: SearchLabelTable): Promise<void> {
  await opening;
  const started = performance.now();
  const state = await readCatalogState();
  const key = snapshotKey({ ...state, labels: labelsHash(labels) });
  if (key === engineKey) return;
  const stored = await loadSearchSnapshot();
  if (stored?.key === key) {
    restore(stored, started);
    return;
  }
  const source = await readSearchSource();
  const builtKey = snapshotKey({ ...source, labels: labelsHash(labels) });
  const built = await SearchEngine.buildAsync(source.docs, labelsFromTable(labels));
  use(built, builtKey, 'built', started);
  await saveSearchSnapshot({ key: builtKey, parts: built.parts() });
}

/** A seeded ORP's index, built while the sync worker writes its rows ('prepare'). */
let prepared: { id: string; engine: Promise<SearchEngine> } | undefined;
/** Its rows are in ('commit'): it answers under `key` once the queue gets to it. */
let nextIndex: { key: string; engine: Promise<SearchEngine> } | undefined;

/**
 * One rebuild at a time; bursts of changes collapse into one more run with the latest labels.
 * A handed-over index goes first, in the same queue, so a rebuild that started earlier (from
 * an older read model) cannot replace it afterwards.
 */
function requestSync(
  labels?: SearchLabelTable,
  index?: { key: string; engine: Promise<SearchEngine> },
): void {
  if (labels) nextLabels = labels;
  if (index) nextIndex = index;
  if (syncing) return;
  const run = async (): Promise<void> => {
    while (nextIndex || nextLabels) {
      const handed = nextIndex;
      nextIndex = undefined;
      if (handed) {
        const started = performance.now();
        const [built] = await Promise.all([handed.engine, opening]);
        if (handed.key !== engineKey) use(built, handed.key, 'built', started);
        continue;
      }
      const current = nextLabels!;
      nextLabels = undefined;
      await sync(current);
    }
  };
  syncing = run()
    .catch((error: unknown) => post({ type: 'error', message: String(error) }))
    .finally(() => (syncing = undefined));
}

/** The page's messages and the channel's ('sync', 'prepare' and 'commit' only). */
function receive(message: ToSearchWorker): void {
  switch (message.type) {
    case 'sync':
      requestSync(message.labels);
      return;
    case 'prepare': {
      const engine = SearchEngine.buildAsync(message.docs, labelsFromTable(message.labels));
      engine.catch(() => undefined); // A failed build is never committed; a rebuild follows.
      prepared = { id: message.id, engine };
      return;
    }
    case 'commit':
      if (prepared?.id === message.id)
        requestSync(undefined, { key: message.key, engine: prepared.engine });
      prepared = undefined;
      return;
    case 'search':
      answer(message.id, message.request);
      return;
    case 'cards': {
      const { id, index, rows } = message;
      if (!engine || index !== engineIndex) {
        post({ type: 'cards', id, hits: [] });
        return;
      }
      cardsReading(engine, rows, readCardTexts)
        .then((hits) => post({ type: 'cards', id, hits }))
        .catch((error: unknown) => post({ type: 'error', message: String(error) }));
    }
  }
}

scope.onmessage = (event: MessageEvent<ToSearchWorker>) => receive(event.data);
if (typeof BroadcastChannel === 'function') {
  new BroadcastChannel(SEARCH_SYNC_CHANNEL).onmessage = (event: MessageEvent<ToSearchWorker>) => {
    const type = event.data?.type;
    if (type === 'sync' || type === 'prepare' || type === 'commit') receive(event.data);
  };
}

// Restores the stored index as soon as the script runs: a message from the page would arrive
// only when the page's thread, busy with the app's scripts at start-up, gets to it.
opening = open().catch((error: unknown) => post({ type: 'error', message: String(error) }));
