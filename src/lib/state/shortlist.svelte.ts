import {
  addToShortlist,
  clearShortlist,
  observeShortlistEntries,
  removeFromShortlist,
  type ShortlistEntry,
} from '$lib/data/dexie/shortlist.table';

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
    observeShortlistEntries(
      (entries) => {
        this.entries = entries;
        this.loaded = true;
      },
      (error) => {
        this.loaded = true;
        this.error = String(error);
      },
    );
  }

  has(serviceId: string): boolean {
    return this.#set.has(serviceId);
  }

  add(serviceId: string): Promise<void> {
    return addToShortlist(serviceId);
  }

  remove(serviceId: string): Promise<void> {
    return removeFromShortlist(serviceId);
  }

  toggle(serviceId: string): Promise<void> {
    return this.has(serviceId) ? this.remove(serviceId) : this.add(serviceId);
  }

  clear(): Promise<void> {
    return clearShortlist();
  }
}

export const shortlist = new ShortlistState();
