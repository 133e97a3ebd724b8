import type { FromSyncWorker, ToSyncWorker } from './catalog-sync.protocol';
import type { DeviceWrite, DeviceWrites, LiveRead, LiveValue } from './device-data.types';
import type { BootedWorker } from './boot-workers.client';

interface Watcher {
  read: LiveRead;
  onValue: (value: unknown) => void;
  onError: (error: unknown) => void;
  /** Set while the page runs the query itself (no worker, or its script failed to load). */
  stopLocal?: (() => void) | undefined;
}

interface PendingWrite {
  op: DeviceWrite;
  args: unknown[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

type Result<K extends DeviceWrite> = Awaited<ReturnType<DeviceWrites[K]>>;

/**
 * The page's device data: the live reads every page shows from the start (device-data.types.ts)
 * and the few writes of device-only tables (outbox, shortlist, search misses). Both run in the
 * catalogue sync worker, which has Dexie open anyway: on the public pages Dexie's 100 KB and its
 * first queries never run on the page's thread (bench:load's Total Blocking Time), and a report
 * is saved offline even before the service worker has cached the page's storage code. Without
 * the worker, or when its script fails to load, the page runs the same code itself
 * (dexie/device-data.queries.ts).
 */
type LocalModule = Pick<
  typeof import('./dexie/device-data.queries'),
  'observeLiveRead' | 'deviceWrites'
>;

export class DeviceData {
  /** The page's own copy of the code the worker runs; loaded only when needed. */
  readonly #loadLocal: () => Promise<LocalModule>;

  constructor(loadLocal: () => Promise<LocalModule> = () => import('./dexie/device-data.queries')) {
    this.#loadLocal = loadLocal;
  }

  #worker: Worker | undefined;
  /** The worker's script ran (it said 'ready'): a later error event is the sync's own. */
  #ready = false;
  #local = false;
  #nextId = 1;
  #watchers = new Map<number, Watcher>();
  #writes = new Map<number, PendingWrite>();

  /** The sync worker, as soon as it exists (before any read is asked for). */
  attach(worker: Worker, booted?: BootedWorker): void {
    this.#worker = worker;
    worker.addEventListener('message', (event: MessageEvent<FromSyncWorker>) =>
      this.#onMessage(event.data),
    );
    worker.addEventListener('error', () => {
      if (!this.#ready) this.#goLocal();
    });
    // Started by app.html's inline script: what happened before these listeners existed.
    if (booted?.messages.some((message) => (message as FromSyncWorker).type === 'ready')) {
      this.#ready = true;
    } else if (booted?.failed) this.#goLocal();
  }

  /** Follows `read`; returns the function that stops following it. */
  observe<R extends LiveRead>(
    read: R,
    onValue: (value: LiveValue<R>) => void,
    onError: (error: unknown) => void,
  ): () => void {
    const id = this.#nextId++;
    const watcher: Watcher = { read, onValue: onValue as (value: unknown) => void, onError };
    this.#watchers.set(id, watcher);
    if (this.#remote()) this.#send({ type: 'watch', id, read });
    else this.#watchLocally(watcher);
    return () => {
      this.#watchers.delete(id);
      watcher.stopLocal?.();
      if (this.#remote()) this.#send({ type: 'unwatch', id });
    };
  }

  /** The catalogue entries of one kind (taxonomy, territory, planning records…), live. */
  observeEntries(
    entryKind: string,
    onValue: (rows: LiveValue<{ kind: 'entries'; entryKind: string }>) => void,
    onError: (error: unknown) => void,
  ): () => void {
    return this.observe({ kind: 'entries', entryKind }, onValue, onError);
  }

  /** The current value once. */
  read<R extends LiveRead>(read: R): Promise<LiveValue<R>> {
    return new Promise((resolve, reject) => {
      const stop = this.observe(
        read,
        (value) => {
          queueMicrotask(stop);
          resolve(value);
        },
        (error) => {
          queueMicrotask(stop);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  /** Runs one of the device writes (dexie/device-data.queries.ts `deviceWrites`). */
  write<K extends DeviceWrite>(op: K, ...args: Parameters<DeviceWrites[K]>): Promise<Result<K>> {
    return new Promise<unknown>((resolve, reject) => {
      const pending: PendingWrite = { op, args, resolve, reject };
      if (!this.#remote()) {
        this.#writeLocally(pending);
        return;
      }
      const id = this.#nextId++;
      this.#writes.set(id, pending);
      this.#send({ type: 'write', id, op, args });
    }) as Promise<Result<K>>;
  }

  #remote(): boolean {
    return this.#worker !== undefined && !this.#local;
  }

  #onMessage(message: FromSyncWorker): void {
    switch (message.type) {
      case 'ready':
        this.#ready = true;
        return;
      case 'watched':
        this.#watchers.get(message.id)?.onValue(message.value);
        return;
      case 'watch-error':
        this.#watchers.get(message.id)?.onError(new Error(message.error));
        return;
      case 'written': {
        const pending = this.#writes.get(message.id);
        this.#writes.delete(message.id);
        if (message.error === undefined) pending?.resolve(message.value);
        else pending?.reject(new Error(message.error));
      }
    }
  }

  #send(message: ToSyncWorker): void {
    this.#worker?.postMessage(message);
  }

  /** The worker's script never ran (offline without the precache): everything runs here. */
  #goLocal(): void {
    if (this.#local) return;
    this.#local = true;
    for (const watcher of this.#watchers.values()) this.#watchLocally(watcher);
    // Never sent to a running worker, so none of them has happened yet.
    const writes = [...this.#writes.values()];
    this.#writes.clear();
    for (const pending of writes) this.#writeLocally(pending);
  }

  #watchLocally(watcher: Watcher): void {
    this.#loadLocal().then(
      ({ observeLiveRead }) => {
        // Stopped while Dexie was loading: nothing to follow any more.
        if (![...this.#watchers.values()].includes(watcher)) return;
        watcher.stopLocal = observeLiveRead(watcher.read, watcher.onValue, watcher.onError);
      },
      (error: unknown) => watcher.onError(error),
    );
  }

  #writeLocally(pending: PendingWrite): void {
    this.#loadLocal()
      .then(({ deviceWrites }) => {
        const run = deviceWrites[pending.op] as (...args: unknown[]) => Promise<unknown>;
        return run(...pending.args);
      })
      .then(pending.resolve, (error: unknown) =>
        pending.reject(error instanceof Error ? error : new Error(String(error))),
      );
  }
}

export const deviceData = new DeviceData();
