import type { CatalogSync, FirstSyncProgress, SyncEvent } from '$lib/data/catalog-sync';
import {
  newSyncWorker,
  startCatalogSyncWorker,
  type PageEarlyRequests,
} from '$lib/data/catalog-sync.client';
import { orpSnapshotUrl, snapshotUrl } from '$lib/data/catalog-snapshot.format';
import { loadTerritory } from '$lib/search/territory-preference';
import type { CatalogSummary } from '$lib/data/dexie/catalog-summary.table';
import { deviceData } from '$lib/data/device-data.client';
import { inlineEarly, type BootedWorker } from '$lib/data/boot-workers.client';
import { afterFirstPaint } from './sync-after-paint';

export type SyncState = 'connecting' | 'syncing' | 'synced' | 'offline' | 'error';

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

/**
 * A device that never finished a sync starts its first download before the sync worker's
 * script has loaded: its own territory's snapshot when one is remembered (the whole catalogue
 * follows it), else the whole catalogue. src/app.html's inline script usually started it
 * already (the territory's at once, the whole catalogue after the first paint); the worker
 * takes the response bodies over.
 */
function earlyRequests(territory: string | undefined): PageEarlyRequests {
  const inline = inlineEarly();
  if (inline && (inline.orp?.orp ?? undefined) === territory) return inline;
  inline?.cancel?.();
  const abort = new AbortController();
  const get = (url: string, cache: RequestCache) => fetch(url, { cache, signal: abort.signal });
  // An ORP's response goes into the HTTP cache, where the worker takes it from.
  return territory
    ? {
        orp: { orp: territory, response: get(orpSnapshotUrl(territory), 'reload') },
        cancel: () => abort.abort(),
      }
    : { snapshot: get(snapshotUrl(0), 'no-store'), cancel: () => abort.abort() };
}

/**
 * Catalogue as the UI sees it: a summary of the Dexie read model (count, demo data, version;
 * the rows themselves stay in Dexie and the search worker) plus an honest sync status.
 */
class CatalogState {
  /** Services in the read model. */
  count = $state(0);
  /** Any of them is demo data (the UI says so). */
  hasDemoData = $state(false);
  /** Moves with every change of the read model: search re-syncs on it. */
  version = $state('');
  loading = $state(true);
  syncState = $state<SyncState>('connecting');
  /** The last problem as reported (raw, technical; the UI shows networkErrorText of it),
   *  cleared by the next successful sync. */
  lastError = $state<string | undefined>();
  lastSyncedAt = $state<Date | undefined>();
  online = $state(true);
  /** Set while the first sync (the snapshot) runs; `done` once the read model holds it all. */
  firstSync = $state<FirstSyncProgress | undefined>();
  /** ORPs whose own snapshot arrived during the first sync (searchable before the rest). */
  seededOrps = $state.raw<string[]>([]);

  #started = false;
  /** The list should follow the read model (false during a first sync). */
  #observing = false;
  #sync: CatalogSync | undefined;
  #waitingForIndex: { rows: number; resolve: () => void } | undefined;
  /** Services the search index last said it answers for. */
  #indexed = 0;
  /** A territory picked before the sync module loaded. */
  #wantedOrp: string | undefined;
  /** The snapshot streams in: the summary stays as it was until the end (or a seed). */
  #firstSyncRunning = false;
  /** The sync worker, created early by prepare() so its script loads while the app starts. */
  #worker: Worker | undefined;
  /** The same worker when app.html's inline script started it (and its sync) already. */
  #booted: BootedWorker | undefined;

  /**
   * Follows the read model's summary, which the sync worker writes after its writes (read in
   * that worker too: device-data.client.ts), for the page's lifetime like the sync itself.
   */
  #observe(): void {
    if (this.#observing) return;
    this.#observing = true;
    deviceData.observe(
      { kind: 'summary' },
      (summary) => {
        if (this.#firstSyncRunning) return;
        this.#apply(summary);
      },
      (error) => {
        this.loading = false;
        this.lastError = `storage: ${String(error)}`;
      },
    );
  }

  #apply(summary: CatalogSummary | undefined): void {
    this.count = summary?.count ?? 0;
    this.hasDemoData = summary?.demo ?? false;
    this.version = summary?.version ?? '';
    this.loading = false;
  }

  /**
   * While the snapshot streams in, search would re-index the growing table after every batch:
   * the summary (and so search) waits for the end of the first sync, and the progress bar
   * speaks meanwhile. At the end, search restores the index the sync worker stored.
   */
  #onFirstSync(progress: FirstSyncProgress): void {
    this.firstSync = progress;
    this.#firstSyncRunning = !progress.done;
    if (!progress.done) {
      // A seeded ORP stays listed (and searchable) while the rest streams in.
      if (this.seededOrps.length === 0) this.loading = true;
    } else {
      void this.#readSummary();
    }
  }

  async #readSummary(): Promise<CatalogSummary | undefined> {
    const summary = await deviceData.read({ kind: 'summary' });
    this.#apply(summary);
    return summary;
  }

  /**
   * An ORP's services arrived ahead of the rest (the worker counted them in the summary): search
   * indexes them, and the sync holds the rest of the stream back until it has.
   */
  async #onSeeded(orp: string): Promise<void> {
    this.seededOrps = [...this.seededOrps, orp];
    const summary = await this.#readSummary();
    const rows = summary?.count ?? 0;
    // The sync worker asked the search worker directly: it may have answered already.
    if (this.#indexed >= rows) return;
    const indexed = new Promise<void>((resolve) => {
      this.#waitingForIndex = { rows, resolve };
    });
    await indexed;
  }

  /** The search index now answers for `count` services (search.svelte.ts tells). */
  noteIndexed(count: number): void {
    this.#indexed = count;
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
   * Takes over the sync worker app.html's inline script started after the first paint, or
   * requests its script now (the root layout's load, before hydration, in development): it then
   * loads alongside i18n instead of one round trip after it. The worker waits for start().
   */
  prepare(): void {
    if (this.#worker) return;
    this.#booted = inlineEarly()?.sync;
    this.#worker = this.#booted?.worker ?? newSyncWorker();
    deviceData.attach(this.#worker, this.#booted);
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

    // A booted worker's sync runs already, with the inline script's requests.
    const early = this.#booted
      ? (inlineEarly() ?? {})
      : this.lastSyncedAt
        ? {}
        : earlyRequests(loadTerritory());
    // The sync runs in its own worker (catalog-sync.worker.ts): its script and Dexie load after
    // the first paint so the shell shows at once (bench:load measures it); the stored list
    // follows a frame later.
    afterFirstPaint(() => {
      this.#observe();
      try {
        this.#startSync(early);
      } catch (error) {
        this.lastError = String(error);
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
      this.#booted,
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
    this.lastError = error;
  }
}

export const catalog = new CatalogState();
