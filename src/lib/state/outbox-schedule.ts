const RETRY_MS = 60_000;
/** First quick retry after a failed send; doubles up to RETRY_MS. */
const FIRST_RETRY_MS = 2_000;

/**
 * When a device outbox (data-error reports, survey answers) is sent: when the device comes
 * online, every minute while something waits (the `online` event is not fired everywhere:
 * captive portals, flaky radio), and soon after a failed send, backing off (right after
 * reconnecting the first request often still fails). One send runs at a time; concurrent
 * callers share it.
 */
export class OutboxSchedule {
  readonly #sendAll: () => Promise<void>;
  readonly #waiting: () => boolean;
  #retryDelay = FIRST_RETRY_MS;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> | undefined;

  constructor(sendAll: () => Promise<void>, waiting: () => boolean) {
    this.#sendAll = sendAll;
    this.#waiting = waiting;
  }

  start(): void {
    addEventListener('online', () => {
      if (this.#waiting()) void this.flush();
    });
    setInterval(() => {
      if (this.#waiting() && navigator.onLine) void this.flush();
    }, RETRY_MS);
  }

  flush(): Promise<void> {
    if (!navigator.onLine) return Promise.resolve();
    this.#flushing ??= this.#sendAll().finally(() => (this.#flushing = undefined));
    return this.#flushing;
  }

  /** A send went through: the next failure retries quickly again. */
  sent(): void {
    this.#retryDelay = FIRST_RETRY_MS;
  }

  /** Offline or the server busy: try again soon, backing off. */
  failed(): void {
    if (this.#retryTimer !== undefined) return;
    const delay = this.#retryDelay;
    this.#retryDelay = Math.min(this.#retryDelay * 2, RETRY_MS);
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      void this.flush();
    }, delay);
  }
}
