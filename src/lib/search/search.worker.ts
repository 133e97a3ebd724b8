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
  readCatalogState,
  readSearchSource,
  saveSearchSnapshot,
} from '$lib/data/dexie/search-index.table';
import { answerSearch, searchCards, warmUpSlices } from './search-answer';
import type { FromSearchWorker, ToSearchWorker, WireSearchRequest } from './search-worker.protocol';

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
  const answered = answerSearch(engine, request);
  post({ type: 'result', id, ...answered, index: engineIndex, ms: performance.now() - started });
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
 * Start-up: restore the stored index if it belongs to the read model as it is now. The core
 * and the cards' texts are read at once; the core is restored while the cards arrive.
 */
async function open(): Promise<void> {
  const started = performance.now();
  // A failed read only means a rebuild at the next sync, as a missing snapshot does.
  const cardsRead = loadSearchCards().catch(() => undefined);
  const [stored, state] = await Promise.all([loadSearchCore(), readCatalogState()]);
  if (engine || !stored) return;
  const current = dataPartOfKey(snapshotKey({ ...state, labels: '' }));
  if (dataPartOfKey(stored.key) !== current) return;
  const restored = SearchEngine.restoreCore(stored.core);
  const cards = await cardsRead;
  if (engine) return;
  // Cards of another index (a half-written snapshot): the next sync rebuilds.
  if (cards?.key !== stored.key) return;
  restored.attachCards(cards.cards);
  use(restored, stored.key, 'snapshot', started);
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
      opening = open().catch((error: unknown) => post({ type: 'error', message: String(error) }));
      return;
    case 'sync':
      requestSync(message.labels);
      return;
    case 'search':
      answer(message.id, message.request);
      return;
    case 'cards': {
      const hits = engine && message.index === engineIndex ? searchCards(engine, message.rows) : [];
      post({ type: 'cards', id: message.id, hits });
    }
  }
};
