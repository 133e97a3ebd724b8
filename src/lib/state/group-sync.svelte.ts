import type { MemberSyncEvent } from '$lib/data/pouch/member.replica';
import type { Writer } from '$lib/data/pouch/group.repository';

/**
 * PouchDB (~39 KB gzip), the group projector and Dexie are loaded only when a member's sync
 * actually starts: static imports here would put them on every page's critical path, because
 * the header (MembersNav) reads this state.
 */
async function loadSyncModules() {
  const [replica, projector, conflicts, tables, planTables] = await Promise.all([
    import('$lib/data/pouch/member.replica'),
    import('$lib/data/member.projector'),
    import('$lib/services/conflict.service'),
    import('$lib/data/dexie/groups.tables'),
    import('$lib/data/dexie/plan.tables'),
  ]);
  return { ...replica, ...projector, ...conflicts, ...tables, ...planTables };
}

type SyncModules = Awaited<ReturnType<typeof loadSyncModules>>;

export type GroupSyncState =
  'connecting' | 'syncing' | 'synced' | 'waiting' | 'offline' | 'error' | 'unauthorized';

export interface DbSyncStatus {
  state: GroupSyncState;
  /** Local changes not yet known to be on the server. */
  pending: number;
  /** The last problem in words, cleared by the next successful sync. */
  lastError?: string;
  lastSyncedAt?: string;
}

interface Running {
  stopSync?: () => void;
  stopProjector: () => void;
}

/**
 * Two-way sync of every member database the signed-in user may use — working groups and ORP
 * plans alike (`orp-<orp>-group-<g>`, `orp-<orp>-plan`) — with an honest status per database
 * and overall. The replicas and the projector keep running while the session is
 * expired or the device is offline (edits are saved locally); only the network side pauses.
 */
class GroupSync {
  statuses = $state<Record<string, DbSyncStatus>>({});
  online = $state(true);

  pending = $derived(Object.values(this.statuses).reduce((sum, s) => sum + s.pending, 0));
  overall = $derived.by((): GroupSyncState => {
    const all = Object.values(this.statuses);
    if (all.some((s) => s.state === 'unauthorized')) return 'unauthorized';
    if (!this.online || all.some((s) => s.state === 'offline')) return 'offline';
    if (all.some((s) => s.state === 'error')) return 'error';
    if (all.some((s) => s.state === 'syncing' || s.state === 'connecting')) return 'syncing';
    if (all.some((s) => s.pending > 0)) return 'waiting';
    return 'synced';
  });

  #running = new Map<string, Running>();

  /** The local replica of `db` is open (reads and writes through the repository work). */
  isOpen(db: string): boolean {
    return this.statuses[db] !== undefined;
  }
  #modules: Promise<SyncModules> | undefined;
  /** Set once the modules are in: every database in #running was opened with them. */
  #loaded: SyncModules | undefined;
  #writer: Writer | undefined;
  #networkPaused = false;
  /** Set by the session: called once when the server says the session is gone. */
  onUnauthorized: () => void = () => undefined;

  constructor() {
    if (typeof window !== 'undefined') {
      this.online = navigator.onLine;
      window.addEventListener('online', () => {
        this.online = true;
        this.#restartNetwork();
      });
      window.addEventListener('offline', () => (this.online = false));
    }
  }

  #load(): Promise<SyncModules> {
    this.#modules ??= loadSyncModules().then(
      (modules) => (this.#loaded = modules),
      (error: unknown) => {
        this.#modules = undefined; // a failed chunk load (offline, no precache) may be retried
        throw error;
      },
    );
    return this.#modules;
  }

  #update(db: string, patch: Partial<DbSyncStatus>): void {
    const current = this.statuses[db] ?? { state: 'connecting', pending: 0 };
    this.statuses[db] = { ...current, ...patch };
  }

  #onEvent(db: string, event: MemberSyncEvent): void {
    switch (event.kind) {
      case 'active':
        this.#update(db, { state: 'syncing' });
        break;
      case 'paused':
        if (event.error) {
          this.#update(db, {
            state: navigator.onLine ? 'error' : 'offline',
            lastError: event.error,
          });
        } else {
          this.#update(db, {
            state: 'synced',
            lastError: undefined,
            lastSyncedAt: new Date().toISOString(),
          });
        }
        break;
      case 'pending':
        this.#update(db, { pending: event.count });
        break;
      case 'denied':
        this.#update(db, { state: 'error', lastError: event.error });
        break;
      case 'error':
        this.#update(db, { state: navigator.onLine ? 'error' : 'offline', lastError: event.error });
        break;
      case 'unauthorized':
        this.#pauseNetwork();
        this.onUnauthorized();
        break;
    }
  }

  #startNetwork(db: string): void {
    const running = this.#running.get(db);
    if (!running || running.stopSync || !this.#loaded) return;
    running.stopSync = this.#loaded.startMemberSync(db, (event) => this.#onEvent(db, event));
  }

  /**
   * Back online: restart the replications at once instead of waiting for PouchDB's backoff
   * (up to a minute); each continues from its checkpoint.
   */
  #restartNetwork(): void {
    if (this.#networkPaused) return;
    for (const [db, running] of this.#running) {
      running.stopSync?.();
      running.stopSync = undefined;
      this.#startNetwork(db);
    }
  }

  #pauseNetwork(): void {
    this.#networkPaused = true;
    for (const [db, running] of this.#running) {
      running.stopSync?.();
      running.stopSync = undefined;
      this.#update(db, { state: 'unauthorized' });
    }
  }

  /**
   * Opens, projects and (unless the session is known to be expired) syncs `databases` for
   * `writer`; stops the ones no longer granted.
   */
  async setDatabases(writer: Writer, databases: string[], networkAllowed: boolean): Promise<void> {
    const { autoMerge, localStoreName, openMemberReplica, pendingOf, projectMember } =
      await this.#load();
    // Nothing below awaits, so concurrent calls apply one after another.
    this.#writer = writer;
    this.#networkPaused = !networkAllowed;
    for (const [db, running] of this.#running) {
      if (databases.includes(db)) continue;
      running.stopSync?.();
      running.stopProjector();
      this.#running.delete(db);
      delete this.statuses[db];
    }
    for (const db of databases) {
      if (this.#running.has(db)) continue;
      openMemberReplica(writer.name, db);
      const stopProjector = projectMember(db, localStoreName(writer.name, db), (ids) => {
        if (this.#writer) void autoMerge(db, ids, this.#writer);
      });
      this.#running.set(db, { stopProjector });
      this.#update(db, { state: networkAllowed ? 'connecting' : 'unauthorized' });
      void pendingOf(db).then((pending) => this.#update(db, { pending }));
      if (networkAllowed) this.#startNetwork(db);
    }
  }

  /** After a fresh sign-in: the network side resumes from where it stopped. */
  resume(): void {
    this.#networkPaused = false;
    for (const db of this.#running.keys()) {
      this.#update(db, { state: 'connecting' });
      this.#startNetwork(db);
    }
  }

  /** "Synchronizovat teď": true only when a full push and pull completed for every database. */
  async syncNow(): Promise<{ ok: boolean; error?: string }> {
    if (this.#networkPaused) return { ok: false, error: 'unauthorized' };
    if (this.#running.size === 0) return { ok: true };
    const { pendingOf, syncMemberOnce } = await this.#load();
    for (const db of this.#running.keys()) {
      this.#update(db, { state: 'syncing' });
      const result = await syncMemberOnce(db);
      const pending = await pendingOf(db);
      if (!result.ok) {
        if (result.unauthorized) {
          this.#pauseNetwork();
          this.onUnauthorized();
        } else {
          this.#update(db, {
            state: navigator.onLine ? 'error' : 'offline',
            lastError: result.error,
            pending,
          });
        }
        return { ok: false, ...(result.error ? { error: result.error } : {}) };
      }
      this.#update(db, {
        state: 'synced',
        pending,
        lastError: undefined,
        lastSyncedAt: new Date().toISOString(),
      });
    }
    return { ok: true };
  }

  /** Pending counts read fresh from the replicas (sign-out asks before dropping them). */
  async countPending(): Promise<number> {
    if (this.#running.size === 0) return 0;
    const { pendingOf } = await this.#load();
    let total = 0;
    for (const db of this.#running.keys()) total += await pendingOf(db);
    return total;
  }

  /** Stops everything; `destroy` also deletes the local copies and their read model. */
  async stop(destroy: boolean): Promise<void> {
    const { clearAllGroupRows, clearAllPlanRows, closeMemberReplicas } = await this.#load();
    for (const running of this.#running.values()) {
      running.stopSync?.();
      running.stopProjector();
    }
    this.#running.clear();
    this.statuses = {};
    this.#writer = undefined;
    await closeMemberReplicas(destroy);
    await clearAllGroupRows();
    await clearAllPlanRows();
  }
}

export const groupSync = new GroupSync();
