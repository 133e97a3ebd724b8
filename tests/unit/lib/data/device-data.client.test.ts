import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DeviceData } from '$lib/data/device-data.client';
import type { FromSyncWorker, ToSyncWorker } from '$lib/data/catalog-sync.protocol';

// The page-side fallback (Dexie itself is exercised by the integration and e2e tests).
const local = {
  observeLiveRead: vi.fn((_read: unknown, onValue: (value: unknown) => void) => {
    onValue(['local']);
    return vi.fn();
  }),
  writes: [] as unknown[][],
};
const localModule = {
  observeLiveRead: local.observeLiveRead,
  deviceWrites: {
    addToShortlist: (id: string) => {
      local.writes.push(['addToShortlist', id]);
      return Promise.resolve();
    },
  },
};

/** A stand-in for the sync worker: records what the page sends, lets the test answer. */
class FakeWorker extends EventTarget {
  sent: ToSyncWorker[] = [];
  postMessage(message: ToSyncWorker): void {
    this.sent.push(message);
  }
  answer(message: FromSyncWorker): void {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
  fail(): void {
    this.dispatchEvent(new Event('error'));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('device data through the sync worker', () => {
  let worker: FakeWorker;
  let data: DeviceData;
  beforeEach(() => {
    worker = new FakeWorker();
    data = new DeviceData(() => Promise.resolve(localModule as never));
    data.attach(worker as unknown as Worker);
    local.observeLiveRead.mockClear();
    local.writes = [];
  });

  it('asks the worker for a live read, hands each answer to its own watcher, and stops it', () => {
    const summaries: unknown[] = [];
    const shortlists: unknown[] = [];
    const stop = data.observe({ kind: 'summary' }, (v) => summaries.push(v), vi.fn());
    data.observe({ kind: 'shortlist' }, (v) => shortlists.push(v), vi.fn());
    expect(worker.sent).toEqual([
      { type: 'watch', id: 1, read: { kind: 'summary' } },
      { type: 'watch', id: 2, read: { kind: 'shortlist' } },
    ]);
    worker.answer({ type: 'watched', id: 2, value: [] });
    worker.answer({ type: 'watched', id: 1, value: { count: 3, demo: false, version: 'a' } });
    expect(summaries).toEqual([{ count: 3, demo: false, version: 'a' }]);
    expect(shortlists).toEqual([[]]);
    stop();
    expect(worker.sent.at(-1)).toEqual({ type: 'unwatch', id: 1 });
    worker.answer({ type: 'watched', id: 1, value: { count: 4, demo: false, version: 'b' } });
    expect(summaries).toHaveLength(1);
  });

  it('runs a write in the worker and settles with its result or its error', async () => {
    const added = data.write('addToOutbox', { message: 'x' });
    const removed = data.write('removeFromOutbox', 7);
    expect(worker.sent).toEqual([
      { type: 'write', id: 1, op: 'addToOutbox', args: [{ message: 'x' }] },
      { type: 'write', id: 2, op: 'removeFromOutbox', args: [7] },
    ]);
    worker.answer({ type: 'written', id: 2, error: 'QuotaExceededError' });
    worker.answer({ type: 'written', id: 1, value: 12 });
    await expect(added).resolves.toBe(12);
    await expect(removed).rejects.toThrow('QuotaExceededError');
  });

  it('runs reads and unanswered writes on the page when the worker script fails to load', async () => {
    const values: unknown[] = [];
    data.observe({ kind: 'outbox' }, (v) => values.push(v), vi.fn());
    const added = data.write('addToShortlist', 'svc-1');
    worker.fail();
    await expect(added).resolves.toBeUndefined();
    await settle();
    expect(local.writes).toEqual([['addToShortlist', 'svc-1']]);
    expect(values).toEqual([['local']]);
    // From now on nothing goes to the dead worker.
    const sent = worker.sent.length;
    await data.write('addToShortlist', 'svc-2');
    expect(worker.sent).toHaveLength(sent);
    expect(local.writes).toEqual([
      ['addToShortlist', 'svc-1'],
      ['addToShortlist', 'svc-2'],
    ]);
  });

  it('keeps using a worker that has started when the sync in it later throws', () => {
    worker.answer({ type: 'ready' });
    worker.fail();
    data.observe({ kind: 'summary' }, vi.fn(), vi.fn());
    expect(worker.sent.at(-1)).toMatchObject({ type: 'watch', read: { kind: 'summary' } });
    expect(local.observeLiveRead).not.toHaveBeenCalled();
  });

  it('takes over a worker app.html started: one that said ready stays in use, one that failed does not', async () => {
    const running = new FakeWorker();
    const viaWorker = new DeviceData(() => Promise.resolve(localModule as never));
    viaWorker.attach(running as unknown as Worker, {
      worker: running as unknown as Worker,
      messages: [{ type: 'ready' }],
      failed: false,
    });
    // An error after 'ready' is the sync's own: reads still go to the worker.
    running.fail();
    viaWorker.observe({ kind: 'summary' }, vi.fn(), vi.fn());
    expect(running.sent).toEqual([{ type: 'watch', id: 1, read: { kind: 'summary' } }]);

    const broken = new FakeWorker();
    const onPage = new DeviceData(() => Promise.resolve(localModule as never));
    onPage.attach(broken as unknown as Worker, {
      worker: broken as unknown as Worker,
      messages: [],
      failed: true,
    });
    const values: unknown[] = [];
    onPage.observe({ kind: 'shortlist' }, (v) => values.push(v), vi.fn());
    await settle();
    expect(broken.sent).toEqual([]);
    expect(values).toEqual([['local']]);
  });
});
