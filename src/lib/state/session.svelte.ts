import type { CachedUser } from '$lib/data/dexie/groups.tables';
import { deviceData } from '$lib/data/device-data.client';
import { currentSession, endSession, signIn, type SignInResult } from '$lib/services/auth.service';
import { groupSync } from './group-sync.svelte';
import { groups } from './groups.svelte';
import { afterFirstPaint } from './sync-after-paint';

// Dexie is loaded on first use (after first paint): the header reads this state, so a static
// import would put Dexie on every page's critical path.
const cachedUsers = () => import('$lib/data/dexie/groups.tables');

/**
 * Who is signed in. The last user the server confirmed is cached on the device, so a member
 * stays signed in offline and keeps working. When the server says the session is gone (a
 * 401 from sync, or GET /_session with no name), `expired` is set: local edits stay in the
 * replicas and the app asks to sign in again; after that, sync resumes where it stopped.
 */
class SessionState {
  user = $state<CachedUser | undefined>();
  ready = $state(false);
  expired = $state(false);

  signedIn = $derived(this.user !== undefined);

  #restoring: Promise<void> | undefined;

  constructor() {
    groupSync.onUnauthorized = () => {
      if (this.user) this.expired = true;
    };
  }

  restore(): Promise<void> {
    this.#restoring ??= this.#restore();
    return this.#restoring;
  }

  /** For the header: restores once the page has painted, so first paint loads no storage code. */
  restoreAfterPaint(): void {
    afterFirstPaint(() => {
      this.restore().catch((error: unknown) => console.error('session', error));
    });
  }

  async #restore(): Promise<void> {
    try {
      // Read in the catalogue sync worker: an anonymous visitor's page never loads Dexie here.
      const cached = await deviceData.read({ kind: 'cached-user' });
      this.user = cached;
      const server = await currentSession();
      if (server === 'offline') {
        // Stay signed in offline; sync starts and simply reports "offline" until it can connect.
        await groups.setUser(cached, true);
      } else if (server && (!cached || server.name === cached.name)) {
        await this.#confirm(server);
        await groups.setUser(this.user, true);
      } else if (cached) {
        this.expired = true;
        await groups.setUser(cached, false);
      }
    } finally {
      // Even when storage or sync code failed to load, the header stops waiting.
      this.ready = true;
    }
  }

  async #confirm(user: { name: string; roles: string[] }): Promise<void> {
    const confirmed: CachedUser = { ...user, confirmedAt: new Date().toISOString() };
    this.user = confirmed;
    this.expired = false;
    await (await cachedUsers()).putCachedUser(confirmed);
  }

  async signIn(name: string, password: string): Promise<SignInResult> {
    await this.restore();
    const result = await signIn(name, password);
    if (!result.ok) return result;
    const previous = this.user;
    if (previous && previous.name !== result.user.name) {
      // Another person on this device: the previous user's replicas close (their unsynced
      // changes stay on the device under their name until they sign in again).
      await groupSync.stop(false);
    }
    await this.#confirm(result.user);
    await groups.setUser(this.user, true);
    groupSync.resume();
    return result;
  }

  /** Local changes that would be lost by deleting this device's copy. */
  async pendingChanges(): Promise<number> {
    const drafts = this.user
      ? await (await import('$lib/data/dexie/drafts.table')).countUserDrafts(this.user.name)
      : 0;
    // Unsaved drafts count too: deleting the device's copy deletes them.
    return (await groupSync.countPending()) + drafts;
  }

  /**
   * Signs out. `keepLocal`: the replicas stay on the device (unsynced edits sync at the next
   * sign-in of the same user); otherwise they are deleted, which the page only offers after
   * saying how many changes would be lost.
   */
  async signOut(keepLocal: boolean): Promise<void> {
    await endSession();
    await groupSync.stop(!keepLocal);
    // Drafts are keyed by user, so the next person never sees them; deleting the device's copy
    // deletes them too.
    if (!keepLocal && this.user) {
      await (await import('$lib/data/dexie/drafts.table')).deleteUserDrafts(this.user.name);
    }
    await groups.setUser(undefined, false);
    await (await cachedUsers()).clearCachedUser();
    this.user = undefined;
    this.expired = false;
  }
}

export const session = new SessionState();
