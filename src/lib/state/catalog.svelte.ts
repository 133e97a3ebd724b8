import type { ServiceRow } from '$lib/data/catalog-read-model';
import type { CatalogSync, FirstSyncProgress, SyncEvent } from '$lib/data/catalog-sync';
import {
  newSyncWorker,
  startCatalogSyncWorker,
  type PageEarlyRequests,
} from '$lib/data/catalog-sync.client';
import { orpSnapshotUrl, snapshotUrl } from '$lib/data/catalog-snapshot.format';
import { loadTerritory } from '$lib/search/territory-preference';
import { afterFirstPaint } from './sync-after-paint';

export type SyncState = 'connecting' | 'syncing' | 'synced' | 'offline' | 'error';

/** The list's first read waits at most this long for search after a first sync. */
const LIST_AFTER_INDEX_MS = 3000;

const collator = new Intl.Collator('cs', { sensitivity: 'base', numeric: true });

function byCzechName(a: ServiceRow, b: ServiceRow): number {
  return collator.compare(a.name, b.name) || collator.compare(a.providerName, b.providerName);
}

// Device-only and tiny: when replication last caught up, shown by the offline banner after a
// reload with no network (the replica itself does not record it).
const LAST_SYNC_KEY = 'rozcestnik:catalog-last-sync';

function readLastSync(): Date | undefined {
  const stored = globalThis.localStorage?.getItem(LAST_SYNC_KEY);
  const date = stored ? new Date(stored) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

function storeLastSync(date: Date): void {
  try {
    globalThis.localStorage?.setItem(LAST_SYNC_KEY, date.toISOString());
  } catch {
    // Storage full or blocked: the banner then only knows about this session.
  }
}

/** The requests src/app.html's inline script started while the page was parsed. */
type InlineEarly = PageEarlyRequests & { start?: () => void };

/**
 * A device that never finished a sync starts its first download before the sync worker's
 * script has loaded: its own territory's snapshot when one is remembered (the whole catalogue
 * follows it), else the whole catalogue. src/app.html's inline script usually started it
 * already (the territory's at once, the whole catalogue after the first paint); the worker
 * takes the response bodies over.
 */
function earlyRequests(territory: string | undefined): PageEarlyRequests {
  const inline = (globalThis as { rozcestnikEarly?: InlineEarly }).rozcestnikEarly;
  if (inline && (inline.orp?.orp ?? undefined) === territory) {
    inline.start?.();
    return inline;
  }
  inline?.cancel?.();
  const abort = new AbortController();
  const get = (url: string) => fetch(url, { cache: 'no-store', signal: abort.signal });
  return territory
    ? {
        orp: { orp: territory, response: get(orpSnapshotUrl(territory)) },
        cancel: () => abort.abort(),
      }
    : { snapshot: get(snapshotUrl(0)), cancel: () => abort.abort() };
}

/** Catalogue as the UI sees it: rows from the Dexie read model plus an honest sync status. */
class CatalogState {
  services = $state.raw<ServiceRow[]>([]);
  loading = $state(true);
  syncState = $state<SyncState>('connecting');
  /** The last problem in words (Czech), cleared by the next successful sync. */
  lastError = $state<string | undefined>();
  lastSyncedAt = $state<Date | undefined>();
  online = $state(true);
  /** Set while the first sync (the snapshot) runs; `done` once the read model holds it all. */
  firstSync = $state<FirstSyncProgress | undefined>();
  /** ORPs whose own snapshot arrived during the first sync (searchable before the rest). */
  seededOrps = $state.raw<string[]>([]);

  count = $derived(this.services.length);
  hasDemoData = $derived(this.services.some((s) => s.demo));

  #started = false;
  /** The list should follow the read model (false during a first sync). */
  #observing = false;
  #unobserve: (() => void) | undefined;
  #sync: CatalogSync | undefined;
  #waitingForIndex: { rows: number; resolve: () => void } | undefined;
  /** A territory picked before the sync module loaded. */
  #wantedOrp: string | undefined;
  /** Runs once the search index answers again (the end of a first sync: see #onFirstSync). */
  #onNextIndex: (() => void) | undefined;
  /** The sync worker, created early by prepare() so its script loads while the app starts. */
  #worker: Worker | undefined;

  /**
   * Follows the read model. Not during a first sync: see #onFirstSync. Dexie is imported here,
   * after first paint, to keep it off the critical path.
   */
  #observe(): void {
    if (this.#observing) return;
    this.#observing = true;
    import('$lib/data/dexie/app.db').then(
      ({ observeServices }) => {
        // Stopped (or already following) while the module loaded.
        if (!this.#observing || this.#unobserve) return;
        this.#unobserve = observeServices(
          (rows) => {
            this.services = [...rows].sort(byCzechName);
            this.loading = false;
          },
          (error) => {
            this.loading = false;
            this.lastError = `Místní data nelze načíst: ${String(error)}`;
          },
        );
      },
      (error: unknown) => {
        this.#observing = false;
        this.loading = false;
        this.lastError = `Místní data nelze načíst: ${String(error)}`;
      },
    );
  }

  #stopObserving(): void {
    this.#observing = false;
    this.#unobserve?.();
    this.#unobserve = undefined;
  }

  /**
   * While the snapshot streams in, every projected batch would re-read, re-sort and re-index
   * the whole growing table (quadratic, and tens of seconds on a slow phone): the list waits
   * for the end of the first sync, and the progress bar speaks meanwhile.
   */
  #onFirstSync(progress: FirstSyncProgress): void {
    this.firstSync = progress;
    if (!progress.done) {
      this.#stopObserving();
      // A seeded ORP stays listed (and searchable) while the rest streams in.
      if (this.seededOrps.length === 0) this.loading = true;
    } else {
      // Search restores the index the sync worker stored: let it start now. Reading and
      // sorting every row for the list is this thread's longest task after a first sync (seconds
      // on a slow phone), and search's answer would queue behind it: the list reads once the
      // new index answers (or after LIST_AFTER_INDEX_MS).
      this.loading = false;
      const timer = setTimeout(() => this.#observe(), LIST_AFTER_INDEX_MS);
      this.#onNextIndex = () => {
        clearTimeout(timer);
        this.#observe();
      };
    }
  }

  /**
   * An ORP's services arrived ahead of the rest: show them once (a live query now would
   * re-read the growing table after every batch of the stream).
   */
  async #onSeeded(orp: string): Promise<void> {
    this.seededOrps = [...this.seededOrps, orp];
    if (this.#observing) return;
    const { readServiceRows } = await import('$lib/data/dexie/catalog-sync.table');
    const rows = await readServiceRows();
    if (this.#observing) return;
    // The sync holds the rest of the stream back until search has indexed these rows.
    const indexed = new Promise<void>((resolve) => {
      this.#waitingForIndex = { rows: rows.length, resolve };
    });
    this.services = rows.sort(byCzechName);
    this.loading = false;
    await indexed;
  }

  /** The search index now answers for `count` services (search.svelte.ts tells). */
  noteIndexed(count: number): void {
    const next = this.#onNextIndex;
    this.#onNextIndex = undefined;
    next?.();
    if (this.#waitingForIndex && count >= this.#waitingForIndex.rows) {
      this.#waitingForIndex.resolve();
      this.#waitingForIndex = undefined;
    }
  }

  /** The user picked a territory: during a first sync its services come first. */
  preferTerritory(orp: string | undefined): void {
    if (!orp) return;
    if (this.#sync) this.#sync.seedOrp(orp);
    else this.#wantedOrp = orp;
  }

  /**
   * Requests the sync worker's script now (the root layout's load, before hydration): it then
   * loads alongside i18n instead of one round trip after it. The worker waits for start().
   */
  prepare(): void {
    this.#worker ??= newSyncWorker();
  }

  /** Starts the sync and the live query once per page; browser only. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.online = navigator.onLine;
    this.lastSyncedAt = readLastSync();
    if (!this.online) this.syncState = 'offline';
    addEventListener('online', () => {
      this.online = true;
      if (this.syncState === 'offline') this.syncState = 'connecting';
    });
    addEventListener('offline', () => {
      this.online = false;
      this.syncState = 'offline';
    });

    const early = this.lastSyncedAt ? {} : earlyRequests(loadTerritory());
    // The sync runs in its own worker (catalog-sync.worker.ts): its script and Dexie load after
    // the first paint so the shell shows at once (bench:load measures it); the stored list
    // follows a frame later.
    afterFirstPaint(() => {
      this.#observe();
      // A first visit with a remembered territory lists its services as soon as they arrive
      // (#onSeeded): load that module now, not one round trip after they did.
      if (!this.lastSyncedAt) void import('$lib/data/dexie/catalog-sync.table').catch(() => {});
      try {
        this.#startSync(early);
      } catch (error) {
        this.lastError = `Synchronizaci nelze spustit: ${String(error)}`;
        this.syncState = 'error';
      }
    });
  }

  #startSync(early: PageEarlyRequests): void {
    this.#sync = startCatalogSyncWorker(
      {
        onEvent: (event) => this.#onSyncEvent(event),
        onFirstSync: (progress) => this.#onFirstSync(progress),
        onSeeded: (orp) => this.#onSeeded(orp),
      },
      loadTerritory(),
      early,
      this.#worker ?? newSyncWorker(),
    );
    if (this.#wantedOrp) this.#sync.seedOrp(this.#wantedOrp);
  }

  #onSyncEvent(event: SyncEvent): void {
    switch (event.kind) {
      case 'active':
        this.syncState = 'syncing';
        return;
      case 'paused':
        if (!event.error) {
          this.syncState = 'synced';
          this.lastSyncedAt = new Date();
          storeLastSync(this.lastSyncedAt);
          this.lastError = undefined;
        } else {
          this.#fail(event.error);
        }
        return;
      case 'denied':
      case 'error':
        this.#fail(event.error);
    }
  }

  #fail(error: string): void {
    if (!navigator.onLine) {
      this.syncState = 'offline';
      return;
    }
    this.syncState = 'error';
    this.lastError = `Server katalogu je nedostupný (${error}). Zkusíme to znovu.`;
  }
}

export const catalog = new CatalogState();
