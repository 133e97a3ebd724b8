import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  startEmbeddedCouch,
  type EmbeddedCouch,
} from '../../../sync-server/src/embedded/embedded-couch';

export interface Reply {
  status: number;
  body: unknown;
  headers: Headers;
}

export interface TestCouch {
  couch: EmbeddedCouch;
  url: string;
  dataDir: string;
  adminUser: string;
  adminPassword: string;
  /** Exit codes reported through onExit (unexpected deaths). */
  exits: (number | null)[];
  admin(method: string, urlPath: string, body?: unknown): Promise<Reply>;
  anon(method: string, urlPath: string, body?: unknown, headers?: HeadersInit): Promise<Reply>;
  restart(adminPassword?: string): Promise<void>;
  close(): Promise<void>;
}

export function basicAuth(user: string, password: string): string {
  return 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
}

/** Every request has a deadline, so a hung server fails the test with a clear message. */
export async function request(
  url: string,
  method: string,
  body?: unknown,
  headers: HeadersInit = {},
): Promise<Reply> {
  const init: RequestInit = {
    method,
    headers: { Accept: 'application/json', ...headers },
    signal: AbortSignal.timeout(10_000),
  };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
  }
  const response = await fetch(url, init);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text so an assertion can show it
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

export async function startTestCouch(): Promise<TestCouch> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rozcestnik-embedded-'));
  const adminUser = `admin-${randomBytes(3).toString('hex')}`;
  const state = { adminPassword: randomBytes(12).toString('hex') };
  const exits: (number | null)[] = [];
  const start = async () => {
    const couch = await startEmbeddedCouch({
      dataDir,
      adminUser,
      adminPassword: state.adminPassword,
    });
    couch.onExit((code) => exits.push(code));
    return couch;
  };
  let couch = await start();
  const handle: TestCouch = {
    get couch() {
      return couch;
    },
    get url() {
      return couch.url;
    },
    get adminPassword() {
      return state.adminPassword;
    },
    dataDir,
    adminUser,
    exits,
    admin: (method, urlPath, body) =>
      request(couch.url + urlPath, method, body, {
        Authorization: basicAuth(adminUser, state.adminPassword),
      }),
    anon: (method, urlPath, body, headers) => request(couch.url + urlPath, method, body, headers),
    async restart(adminPassword) {
      await couch.stop();
      if (adminPassword) state.adminPassword = adminPassword;
      couch = await start();
    },
    async close() {
      await couch.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}

/** Unhandled rejections logged by the child: each one would kill a Node started without
 * --unhandled-rejections=warn, and usually means a request that never got its answer. */
export async function unhandledRejections(dataDir: string): Promise<number> {
  const log = await readFile(path.join(dataDir, 'couch', 'embedded-couch.log'), 'utf8');
  return log.split('\n').filter((line) => line.includes('UnhandledPromiseRejectionWarning: '))
    .length;
}

/** The pid of the child serving `dataDir`, found through its environment. */
export async function childPid(dataDir: string): Promise<number> {
  const couchDir = path.resolve(dataDir, 'couch');
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = await readFile(`/proc/${entry}/environ`, 'utf8');
      if (environ.split('\0').includes(`EMBEDDED_COUCH_DIR=${couchDir}`)) return Number(entry);
    } catch {
      // process gone or not ours
    }
  }
  throw new Error(`no embedded CouchDB child found for ${couchDir}`);
}

export function residentKiB(pid: number): number {
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
}
