import { describe, expect, it, vi } from 'vitest';
import { startCatalogSyncWorker } from '$lib/data/catalog-sync.client';
import type { FromSyncWorker, ToSyncWorker } from '$lib/data/catalog-sync.protocol';

/** A stand-in for the worker: records what the page sends, lets the test answer. */
class FakeWorker {
  sent: { message: ToSyncWorker; transfer: unknown[] }[] = [];
  onmessage: ((event: MessageEvent<FromSyncWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  refuseStreams = false;

  postMessage(message: ToSyncWorker, transfer: unknown[] = []): void {
    if (this.refuseStreams && transfer.some((t) => t instanceof ReadableStream)) {
      throw new DOMException('cannot transfer', 'DataCloneError');
    }
    this.sent.push({ message, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: FromSyncWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromSyncWorker>);
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function events() {
  return { onEvent: vi.fn(), onFirstSync: vi.fn(), onSeeded: vi.fn() };
}

describe('catalogue sync worker client', () => {
  it('starts the worker and hands over the early response body as a transferred stream', async () => {
    const worker = new FakeWorker();
    const response = new Response('{"format":2}\n', { status: 200 });
    startCatalogSyncWorker(
      events(),
      undefined,
      { snapshot: Promise.resolve(response) },
      worker as never,
    );
    expect(worker.sent[0]!.message).toEqual({
      type: 'start',
      territory: undefined,
      early: { snapshot: true, orp: undefined },
    });
    await flush();
    const handed = worker.sent[1]!;
    expect(handed.message).toMatchObject({ type: 'early-response', kind: 'snapshot' });
    const body = (handed.message as { response: { body: ReadableStream } }).response.body;
    expect(handed.transfer).toEqual([body]);
    expect(await new Response(body).text()).toBe('{"format":2}\n');
  });

  it('falls back to one buffer where streams cannot be transferred', async () => {
    const worker = new FakeWorker();
    worker.refuseStreams = true;
    const response = new Response('abc', { status: 200 });
    startCatalogSyncWorker(
      events(),
      undefined,
      { snapshot: Promise.resolve(response) },
      worker as never,
    );
    await flush();
    await flush();
    const handed = worker.sent.find((s) => s.message.type === 'early-response')!;
    const body = (handed.message as { response: { body: ArrayBuffer } }).response.body;
    expect(body).toBeInstanceOf(ArrayBuffer);
    expect(handed.transfer).toEqual([body]);
    expect(new TextDecoder().decode(body)).toBe('abc');
  });

  it('reports a failed early request, and leaves an ORP snapshot to the HTTP cache', async () => {
    const worker = new FakeWorker();
    startCatalogSyncWorker(
      events(),
      'dacice',
      {
        orp: { orp: 'dacice', response: Promise.resolve(new Response('abc', { status: 200 })) },
        snapshot: Promise.reject(new Error('offline')),
      },
      worker as never,
    );
    await flush();
    await flush();
    expect(worker.sent.map((s) => s.message)).toEqual([
      { type: 'start', territory: 'dacice', early: { snapshot: true, orp: 'dacice' } },
      // No response: the worker fetches the whole catalogue itself.
      { type: 'early-response', kind: 'snapshot' },
    ]);
  });

  it('takes over a worker app.html started: replays what it said and sends no second start', async () => {
    const worker = new FakeWorker();
    const handlers = events();
    const booted = {
      worker: worker as never,
      messages: [
        { type: 'ready' },
        { type: 'first-sync', progress: { percent: 10, done: false } },
        { type: 'seeded', orp: 'dacice' },
      ],
      failed: false,
    };
    startCatalogSyncWorker(handlers, 'dacice', {}, worker as never, booted);
    expect(handlers.onFirstSync).toHaveBeenCalledWith({ percent: 10, done: false });
    expect(handlers.onSeeded).toHaveBeenCalledWith('dacice');
    await flush();
    // The seeded ORP waited for the page; nothing else was sent.
    expect(worker.sent.map((s) => s.message)).toEqual([{ type: 'seeded-settled', orp: 'dacice' }]);
    expect(booted.messages).toEqual([]);
    worker.answer({ type: 'event', event: { kind: 'active' } });
    expect(handlers.onEvent).toHaveBeenCalledWith({ kind: 'active' });
  });

  it('reports a worker whose script failed before the app took it over', () => {
    const worker = new FakeWorker();
    const handlers = events();
    const booted = { worker: worker as never, messages: [], failed: true };
    startCatalogSyncWorker(handlers, undefined, {}, worker as never, booted);
    expect(handlers.onEvent).toHaveBeenCalledWith({
      kind: 'error',
      error: 'sync worker failed to start',
    });
  });

  it('forwards events, answers a seeded ORP once the page has shown it, cancels and stops', async () => {
    const worker = new FakeWorker();
    const handlers = events();
    let shown: () => void = () => undefined;
    handlers.onSeeded.mockImplementation(() => new Promise<void>((resolve) => (shown = resolve)));
    const cancel = vi.fn();
    const sync = startCatalogSyncWorker(handlers, 'dacice', { cancel }, worker as never);

    worker.answer({ type: 'event', event: { kind: 'active' } });
    worker.answer({ type: 'first-sync', progress: { percent: 40, done: false } });
    expect(handlers.onEvent).toHaveBeenCalledWith({ kind: 'active' });
    expect(handlers.onFirstSync).toHaveBeenCalledWith({ percent: 40, done: false });

    worker.answer({ type: 'seeded', orp: 'dacice' });
    await flush();
    expect(worker.sent.map((s) => s.message.type)).not.toContain('seeded-settled');
    shown();
    await flush();
    expect(worker.sent.map((s) => s.message)).toContainEqual({
      type: 'seeded-settled',
      orp: 'dacice',
    });

    worker.answer({ type: 'cancel-early' });
    expect(cancel).toHaveBeenCalled();
    sync.seedOrp('jindrichuv-hradec');
    expect(worker.sent.at(-1)!.message).toEqual({ type: 'seed', orp: 'jindrichuv-hradec' });
    sync.stop();
    expect(worker.sent.at(-1)!.message).toEqual({ type: 'stop' });
    expect(worker.terminated).toBe(true);
  });
});
