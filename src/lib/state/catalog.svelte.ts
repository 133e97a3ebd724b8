import type { ServiceRow } from '$lib/data/catalog-read-model';
import { observeServices } from '$lib/data/dexie/app.db';
import { startCatalogProjector } from '$lib/data/catalog.projector';
import { startCatalogPull, type ReplicationEvent } from '$lib/data/pouch/catalog.replica';

export type SyncState = 'connecting' | 'syncing' | 'synced' | 'offline' | 'error';

const collator = new Intl.Collator('cs', { sensitivity: 'base', numeric: true });

function byCzechName(a: ServiceRow, b: ServiceRow): number {
  return collator.compare(a.name, b.name) || collator.compare(a.providerName, b.providerName);
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

  count = $derived(this.services.length);
  hasDemoData = $derived(this.services.some((s) => s.demo));

  #started = false;

  /** Starts replication, projection and the live query once per page; browser only. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.online = navigator.onLine;
    if (!this.online) this.syncState = 'offline';
    addEventListener('online', () => {
      this.online = true;
      if (this.syncState === 'offline') this.syncState = 'connecting';
    });
    addEventListener('offline', () => {
      this.online = false;
      this.syncState = 'offline';
    });

    observeServices(
      (rows) => {
        this.services = [...rows].sort(byCzechName);
        this.loading = false;
      },
      (error) => {
        this.loading = false;
        this.lastError = `Místní data nelze načíst: ${String(error)}`;
      },
    );
    startCatalogProjector((error) => {
      this.lastError = `Chyba při ukládání katalogu: ${error}`;
    }).catch((error: unknown) => {
      this.lastError = `Katalog nelze připravit: ${String(error)}`;
    });
    startCatalogPull((event) => this.#onReplication(event));
  }

  #onReplication(event: ReplicationEvent): void {
    switch (event.kind) {
      case 'active':
        this.syncState = 'syncing';
        return;
      case 'paused':
        if (!event.error) {
          this.syncState = 'synced';
          this.lastSyncedAt = new Date();
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
