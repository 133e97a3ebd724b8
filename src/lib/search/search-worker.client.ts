import type { BootedWorker } from '$lib/data/boot-workers.client';
import type { SearchLabelTable } from '$domain/search/search-snapshot';
import type {
  FromSearchWorker,
  SearchAnswer,
  SearchHit,
  ToSearchWorker,
  WireSearchRequest,
} from './search-worker.protocol';

export interface SearchReady {
  count: number;
  source: 'snapshot' | 'built';
  ms: number;
}

/**
 * The page's side of the search worker. At most one search is in flight: a keystroke while
 * one runs replaces the queued search, and an answer that a newer keystroke has superseded
 * resolves to undefined, so only the latest keystroke's answer is ever applied and the worker
 * never works through a backlog.
 */
export class SearchWorkerClient {
  readonly #worker: Worker;
  #nextId = 0;
  #inFlight: { id: number; resolve: (answer: SearchAnswer | undefined) => void } | undefined;
  #queued:
    { request: WireSearchRequest; resolve: (answer: SearchAnswer | undefined) => void } | undefined;
  /** Card requests by id; the worker answers each at once, in order. */
  readonly #cards = new Map<number, (hits: SearchHit[]) => void>();

  /** `booted`: app.html's inline script started the worker; what it said since is replayed. */
  constructor(
    worker: Worker,
    private readonly events: {
      onReady?: (ready: SearchReady) => void;
      onError?: (message: string) => void;
    } = {},
    booted?: BootedWorker,
  ) {
    this.#worker = worker;
    worker.onmessage = (event: MessageEvent<FromSearchWorker>) => this.#receive(event.data);
    worker.onerror = (event) => this.events.onError?.(event.message);
    if (!booted) return;
    (booted.messages.splice(0) as FromSearchWorker[]).forEach((message) => this.#receive(message));
    if (booted.failed) this.events.onError?.('search worker failed to start');
  }

  /** The catalogue or the labels changed: the worker rebuilds only if its key moved. */
  sync(labels: SearchLabelTable): void {
    this.#send({ type: 'sync', labels });
  }

  search(request: WireSearchRequest): Promise<SearchAnswer | undefined> {
    return new Promise((resolve) => {
      this.#queued?.resolve(undefined);
      this.#queued = { request, resolve };
      if (!this.#inFlight) this.#dispatch();
    });
  }

  /**
   * Card texts of rows of an answer (`answer.index`, `answer.rows`), for the cards rendered
   * after the first screen. Empty when the worker has swapped its index since.
   */
  cards(index: number, rows: number[]): Promise<SearchHit[]> {
    return new Promise((resolve) => {
      const id = ++this.#nextId;
      this.#cards.set(id, resolve);
      this.#send({ type: 'cards', id, index, rows });
    });
  }

  terminate(): void {
    this.#worker.terminate();
  }

  #dispatch(): void {
    const next = this.#queued;
    if (!next) return;
    this.#queued = undefined;
    const id = ++this.#nextId;
    this.#inFlight = { id, resolve: next.resolve };
    this.#send({ type: 'search', id, request: next.request });
  }

  #receive(message: FromSearchWorker): void {
    switch (message.type) {
      case 'ready':
        this.events.onReady?.(message);
        return;
      case 'error':
        this.events.onError?.(message.message);
        return;
      case 'cards':
        this.#cards.get(message.id)?.(message.hits);
        this.#cards.delete(message.id);
        return;
      case 'result': {
        const done = this.#inFlight;
        if (!done || done.id !== message.id) return;
        this.#inFlight = undefined;
        // A newer keystroke is waiting: this answer is stale, drop it and run the newer one.
        done.resolve(this.#queued ? undefined : message);
        this.#dispatch();
      }
    }
  }

  #send(message: ToSearchWorker): void {
    this.#worker.postMessage(message);
  }
}
