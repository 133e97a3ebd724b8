import {
  startEmbeddedCouch,
  type EmbeddedCouch,
  type EmbeddedCouchOptions,
} from './embedded-couch';

/**
 * The embedded server, kept running: when its child process dies (a crash in express-pouchdb,
 * the OOM killer, a stray kill -9), it is started again on the same port with backoff, so the
 * `/db` proxy's target and `DATA_DIR/embedded-couch.json` stay valid. Meanwhile sync-server
 * keeps serving the app and the proxy answers 503 with `Retry-After` (see db-proxy.ts): a
 * PouchDB client retries, and nothing it was told was saved (201) is lost, because LevelDB
 * has written it before express-pouchdb answered.
 */
export interface SupervisedCouch {
  /** e.g. http://127.0.0.1:41234, the same across restarts. */
  url: string;
  /** False from the child's death until its replacement answers. */
  isUp(): boolean;
  /** Whole seconds until the next restart attempt (at least 1): the proxy's Retry-After. */
  retryAfterSeconds(): number;
  stop(): Promise<void>;
}

export interface SupervisorOptions {
  /** Where the deaths and restarts are reported; default console.error. */
  log?: (line: string) => void;
  /** First delay before a restart; doubles after each death or failed start. Default 500 ms. */
  firstDelayMs?: number;
  /** The longest delay. Default 30 s. */
  maxDelayMs?: number;
  /** A child that ran this long before dying restarts after the first delay again. Default 60 s. */
  stableMs?: number;
}

/** "signal SIGKILL" or "exit code 1": what the operator needs to tell an OOM kill from a crash. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export async function superviseEmbeddedCouch(
  options: EmbeddedCouchOptions,
  supervisor: SupervisorOptions = {},
): Promise<SupervisedCouch> {
  const log = supervisor.log ?? ((line: string) => console.error(line));
  const firstDelayMs = supervisor.firstDelayMs ?? 500;
  const maxDelayMs = supervisor.maxDelayMs ?? 30_000;
  const stableMs = supervisor.stableMs ?? 60_000;

  // A failure of the first start is a start-up fault: the caller reports it and exits.
  let current: EmbeddedCouch = await startEmbeddedCouch(options);
  const url = current.url;
  const port = Number(new URL(url).port);
  let up = true;
  let stopping = false;
  let startedAt = Date.now();
  let delayMs = firstDelayMs;
  let nextAttemptAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let attempt: Promise<void> | undefined;

  const scheduleRestart = (): number => {
    const wait = delayMs;
    delayMs = Math.min(delayMs * 2, maxDelayMs);
    nextAttemptAt = Date.now() + wait;
    timer = setTimeout(() => {
      timer = undefined;
      attempt = restart();
    }, wait);
    return wait;
  };

  const watch = (couch: EmbeddedCouch) => {
    couch.onExit((code, signal) => {
      if (stopping) return;
      up = false;
      if (Date.now() - startedAt >= stableMs) delayMs = firstDelayMs;
      const wait = scheduleRestart();
      log(
        `The embedded CouchDB-compatible server stopped unexpectedly (${describeExit(code, signal)}); restarting it in ${seconds(wait)}.`,
      );
    });
  };

  const restart = async (): Promise<void> => {
    if (stopping) return;
    const diedAt = Date.now();
    try {
      const next = await startEmbeddedCouch({ ...options, port });
      if (stopping) {
        await next.stop();
        return;
      }
      current = next;
      startedAt = Date.now();
      up = true;
      watch(next);
      log(
        `The embedded CouchDB-compatible server is running again at ${url} (started in ${seconds(startedAt - diedAt)}).`,
      );
    } catch (error) {
      if (stopping) return;
      const detail = error instanceof Error ? error.message : String(error);
      const wait = scheduleRestart();
      log(
        `The embedded CouchDB-compatible server did not restart (${detail}); trying again in ${seconds(wait)}.`,
      );
    }
  };

  watch(current);
  return {
    url,
    isUp: () => up,
    retryAfterSeconds: () => Math.max(1, Math.ceil((nextAttemptAt - Date.now()) / 1000)),
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await attempt;
      await current.stop();
    },
  };
}
