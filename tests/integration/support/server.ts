/**
 * Shared integration-test harness: starts the real sync-server (`sync-server/src/main.ts`) as
 * a child process on an ephemeral port with a temp DATA_DIR, and gives tests admin access to
 * the CouchDB behind it. Against the embedded server by default; against Apache CouchDB 3 when
 * COUCHDB_URL, COUCHDB_USER and COUCHDB_PASSWORD are set in the test environment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = path.join(REPO_ROOT, 'sync-server/src/main.ts');
// Generous: a first start on a fresh Apache CouchDB writes the demo data, and the CI machine has 2 cores.
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;
const READY_LINE = /Rozcestník běží na (http:\/\/\S+)/;

export interface AdminCredentials {
  user: string;
  password: string;
}

export interface TestServer {
  /** sync-server, e.g. http://127.0.0.1:PORT (app + /db proxy). */
  baseUrl: string;
  /** CouchDB itself, for admin calls that must not go through the proxy. */
  couchUrl: string;
  admin: AdminCredentials;
  dataDir: string;
  /** The sync-server process id (signals, child lookup). */
  pid: number;
  /** Settles when the process exits, however that happens. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the server wrote to stdout / stderr so far. */
  output(): { stdout: string; stderr: string };
  /** Stops the server (SIGTERM) and removes DATA_DIR unless the caller passed it in. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra or overriding environment for the server process. */
  env?: Record<string, string>;
  /** Reuse a data directory (restart tests); the caller removes it. */
  dataDir?: string;
}

/** Fixed admin for the embedded server; real CouchDB uses the environment's admin. */
export const EMBEDDED_ADMIN: AdminCredentials = {
  user: 'test-admin',
  password: 'test-admin-password',
};

export const externalCouchUrl: string | undefined = process.env.COUCHDB_URL || undefined;

export function testAdmin(): AdminCredentials {
  if (!externalCouchUrl) return EMBEDDED_ADMIN;
  return { user: process.env.COUCHDB_USER ?? '', password: process.env.COUCHDB_PASSWORD ?? '' };
}

export function makeTempDir(prefix = 'rozcestnik-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** The environment main.ts sees: no inherited settings except the external CouchDB's. */
export function serverEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['PORT', 'HOST', 'DATA_DIR', 'BUILD_DIR', 'COUCHDB_URL']) delete env[key];
  delete env.COUCHDB_USER;
  delete env.COUCHDB_PASSWORD;
  const admin = testAdmin();
  return {
    ...env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    COUCHDB_USER: admin.user,
    COUCHDB_PASSWORD: admin.password,
    // The suites read the demo catalogue and plans; with COUCHDB_URL the default is off.
    DEMO_DATA: 'on',
    ...(externalCouchUrl ? { COUCHDB_URL: externalCouchUrl } : {}),
    ...extra,
  };
}

/** Spawns main.ts directly under node + tsx's loader (one process, signals reach it). */
export function spawnServer(env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

export function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function couchUrlFor(dataDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  if (env.COUCHDB_URL) {
    const url = new URL(env.COUCHDB_URL);
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/+$/, '');
  }
  const record = JSON.parse(await readFile(path.join(dataDir, 'embedded-couch.json'), 'utf8')) as {
    url: string;
  };
  return record.url;
}

/** The admin the server runs with: from its environment, or the one it generated. */
async function adminFor(dataDir: string, env: NodeJS.ProcessEnv): Promise<AdminCredentials> {
  if (env.COUCHDB_USER && env.COUCHDB_PASSWORD) {
    return { user: env.COUCHDB_USER, password: env.COUCHDB_PASSWORD };
  }
  return JSON.parse(await readFile(path.join(dataDir, 'admin.json'), 'utf8')) as AdminCredentials;
}

export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await makeTempDir());
  const env = serverEnv(dataDir, options.env);
  const child = spawnServer(env);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        child.kill('SIGKILL');
        await waitForExit(child, STOP_TIMEOUT_MS);
      }
    }
    if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
  };

  let baseUrl: string;
  try {
    baseUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`sync-server was not ready in ${READY_TIMEOUT_MS} ms: ${stderr}`)),
        READY_TIMEOUT_MS,
      );
      const onData = () => {
        const match = READY_LINE.exec(stdout);
        if (!match?.[1]) return;
        clearTimeout(timer);
        resolve(match[1]);
      };
      child.stdout?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`sync-server exited with code ${code} during start: ${stderr}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    baseUrl,
    couchUrl: await couchUrlFor(dataDir, env),
    admin: await adminFor(dataDir, env),
    dataDir,
    pid: child.pid ?? -1,
    exited,
    output: () => ({ stdout, stderr }),
    stop,
  };
}

export interface ExitResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

/** Runs main.ts expecting it to exit by itself (start-up faults); kills it after `timeoutMs`. */
export async function runServerToExit(
  env: Record<string, string>,
  options: { dataDir?: string; timeoutMs?: number } = {},
): Promise<ExitResult> {
  const dataDir = options.dataDir ?? (await makeTempDir());
  const started = Date.now();
  const child = spawnServer(serverEnv(dataDir, env));
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = await waitForExit(child, options.timeoutMs ?? 15_000);
  if (!exited) {
    child.kill('SIGKILL');
    await waitForExit(child, STOP_TIMEOUT_MS);
  }
  if (options.dataDir === undefined) await rm(dataDir, { recursive: true, force: true });
  return {
    code: child.exitCode,
    signal: child.signalCode,
    stdout,
    stderr,
    elapsedMs: Date.now() - started,
  };
}
