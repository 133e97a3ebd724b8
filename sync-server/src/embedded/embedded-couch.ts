import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCouchConfig } from './embedded-couch.config';

export interface EmbeddedCouchOptions {
  dataDir: string;
  adminUser: string;
  adminPassword: string;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 = an ephemeral port chosen by the OS. */
  port?: number;
  /** How long a session lasts since its last use (SESSION_DAYS); default express-pouchdb's 600. */
  sessionSeconds?: number;
}

export interface EmbeddedCouch {
  /** e.g. http://127.0.0.1:41234 — no credentials, no trailing slash. */
  url: string;
  stop(): Promise<void>;
  /** Called when the server dies without stop() having been called (code, or the signal). */
  onExit(listener: (code: number | null, signal: NodeJS.Signals | null) => void): void;
}

const READY_TIMEOUT_MS = 10_000;
const STOP_GRACE_MS = 5_000;
const CHILD_SCRIPT = fileURLToPath(new URL('./embedded-couch.child.mjs', import.meta.url));

interface ListeningMessage {
  type: 'listening';
  port: number;
}
interface ErrorMessage {
  type: 'error';
  message: string;
}

function isMessage(value: unknown): value is ListeningMessage | ErrorMessage {
  return typeof value === 'object' && value !== null && 'type' in value;
}

function formatUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  if (await waitForExit(child, STOP_GRACE_MS)) return;
  child.kill('SIGKILL');
  await waitForExit(child, STOP_GRACE_MS);
}

/** Resolves with the bound port once the child reports it over IPC. */
function waitForPort(child: ChildProcess, logFile: string, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
      signal.removeEventListener('abort', onAbort);
    };
    const onMessage = (message: unknown) => {
      if (!isMessage(message)) return;
      cleanup();
      if (message.type === 'listening') resolve(message.port);
      else reject(new Error(`Embedded CouchDB failed to start: ${message.message}`));
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`Embedded CouchDB exited during start-up (code ${code}); see ${logFile}.`));
    };
    const onAbort = () => {
      cleanup();
      reject(new Error('aborted'));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

async function waitUntilAnswering(url: string, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      const response = await fetch(`${url}/`, { signal });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // not accepting yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('aborted');
}

/**
 * Starts express-pouchdb (over pouchdb-node, data in <dataDir>/couch) in a child process and
 * resolves once `GET /` answers. The child runs with --unhandled-rejections=warn because
 * express-pouchdb was written for Node's old behaviour and leaves promise rejections unhandled.
 */
export async function startEmbeddedCouch(options: EmbeddedCouchOptions): Promise<EmbeddedCouch> {
  const host = options.host ?? '127.0.0.1';
  const couchDir = path.resolve(options.dataDir, 'couch');
  await mkdir(couchDir, { recursive: true, mode: 0o700 });
  await writeCouchConfig(
    couchDir,
    options.adminUser,
    options.adminPassword,
    options.sessionSeconds,
  );

  const logFile = path.join(couchDir, 'embedded-couch.log');
  const logFd = openSync(logFile, 'a', 0o600);
  let child: ChildProcess;
  try {
    child = fork(CHILD_SCRIPT, [], {
      cwd: couchDir,
      execArgv: ['--unhandled-rejections=warn'],
      env: {
        ...process.env,
        EMBEDDED_COUCH_DIR: couchDir,
        EMBEDDED_COUCH_HOST: host,
        EMBEDDED_COUCH_PORT: String(options.port ?? 0),
      },
      stdio: ['ignore', logFd, logFd, 'ipc'],
    });
  } finally {
    closeSync(logFd);
  }

  const killOnParentExit = () => child.kill('SIGKILL');
  process.once('exit', killOnParentExit);

  const ready = new AbortController();
  const timer = setTimeout(() => ready.abort(), READY_TIMEOUT_MS);
  let url: string;
  try {
    const port = await waitForPort(child, logFile, ready.signal);
    url = formatUrl(host, port);
    await waitUntilAnswering(url, ready.signal);
  } catch (err) {
    process.off('exit', killOnParentExit);
    await terminate(child);
    if (ready.signal.aborted) {
      throw new Error(
        `Embedded CouchDB was not ready within ${READY_TIMEOUT_MS / 1000} s; see ${logFile}.`,
      );
    }
    throw err;
  } finally {
    clearTimeout(timer);
  }

  let stopping = false;
  const exitListeners: ((code: number | null, signal: NodeJS.Signals | null) => void)[] = [];
  child.once('exit', (code, signal) => {
    process.off('exit', killOnParentExit);
    if (stopping) return;
    for (const listener of exitListeners) listener(code, signal);
  });

  return {
    url,
    onExit(listener) {
      exitListeners.push(listener);
    },
    async stop() {
      stopping = true;
      await terminate(child);
    },
  };
}
