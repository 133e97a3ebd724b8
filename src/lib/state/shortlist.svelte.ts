import type { ShortlistEntry } from '$lib/data/dexie/shortlist.table';
import { deviceData } from '$lib/data/device-data.client';

// Read and changed through the catalogue sync worker (device-data.client.ts): DeviceNav starts
// this state from the root layout, and Dexie on the page would be on every page's load.

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
    deviceData.observe(
      { kind: 'shortlist' },
      (entries) => {
        this.entries = entries;
        this.loaded = true;
      },
      fail,
    );
  }

  has(serviceId: string): boolean {
    return this.#set.has(serviceId);
  }

  async add(serviceId: string): Promise<void> {
    await deviceData.write('addToShortlist', serviceId);
  }

  async remove(serviceId: string): Promise<void> {
    await deviceData.write('removeFromShortlist', serviceId);
  }

  toggle(serviceId: string): Promise<void> {
    return this.has(serviceId) ? this.remove(serviceId) : this.add(serviceId);
  }

  async clear(): Promise<void> {
    await deviceData.write('clearShortlist');
  }
}

export const shortlist = new ShortlistState();
