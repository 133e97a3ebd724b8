import type { ShortlistEntry } from '$lib/data/dexie/shortlist.table';
import { afterFirstPaint } from './sync-after-paint';

// Dexie loads on first use, after first paint: DeviceNav starts this state from the root
// layout, so a static import would put Dexie on every page's critical path.
const table = () => import('$lib/data/dexie/shortlist.table');

/** The worker's shortlist (device-only), live from Dexie. */
class ShortlistState {
  entries = $state.raw<ShortlistEntry[]>([]);
  ids = $derived(this.entries.map((entry) => entry.serviceId));
  loaded = $state(false);
  error = $state<string | undefined>();
  count = $derived(this.ids.length);
  #set = $derived(new Set(this.ids));
  #started = false;

  start(): void {
    if (this.#started) return;
    this.#started = true;
    const fail = (error: unknown) => {
      this.loaded = true;
      this.error = String(error);
    };
    afterFirstPaint(() => {
      table().then(({ observeShortlistEntries }) => {
        observeShortlistEntries((entries) => {
          this.entries = entries;
          this.loaded = true;
        }, fail);
      }, fail);
    });
  }

  has(serviceId: string): boolean {
    return this.#set.has(serviceId);
  }

  async add(serviceId: string): Promise<void> {
    await (await table()).addToShortlist(serviceId);
  }

  async remove(serviceId: string): Promise<void> {
    await (await table()).removeFromShortlist(serviceId);
  }

  toggle(serviceId: string): Promise<void> {
    return this.has(serviceId) ? this.remove(serviceId) : this.add(serviceId);
  }

  async clear(): Promise<void> {
    await (await table()).clearShortlist();
  }
}

export const shortlist = new ShortlistState();
