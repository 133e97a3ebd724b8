import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  resolveEmbeddedAdmin,
  resolveExternalAdmin,
  type AdminCredentials,
} from './admin-credentials';
import { displayUrl, type Settings } from './settings';
import { StartupError } from './startup-error';

/** Where CouchDB is and how to reach it as admin; what every CLI tool needs. */
export interface CouchConnection {
  /** Base URL without credentials. */
  url: string;
  user: string;
  password: string;
  mode: 'embedded' | 'couchdb';
}

/** Written by main.ts while it runs the embedded server; read by CLI tools. */
interface RunningServerRecord {
  url: string;
  pid: number;
}

export function runningServerFilePath(settings: Settings): string {
  return path.join(settings.dataDir, 'embedded-couch.json');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live record for this DATA_DIR, or undefined when absent or left by a dead process. */
export async function readRunningServer(
  settings: Settings,
): Promise<RunningServerRecord | undefined> {
  let record: Partial<RunningServerRecord>;
  try {
    record = JSON.parse(
      await readFile(runningServerFilePath(settings), 'utf8'),
    ) as Partial<RunningServerRecord>;
  } catch {
    return undefined;
  }
  if (typeof record.url !== 'string' || typeof record.pid !== 'number') return undefined;
  return isAlive(record.pid) ? { url: record.url, pid: record.pid } : undefined;
}

export async function writeRunningServer(settings: Settings, url: string): Promise<void> {
  const record: RunningServerRecord = { url, pid: process.pid };
  await writeFile(runningServerFilePath(settings), JSON.stringify(record) + '\n', { mode: 0o600 });
}

export async function removeRunningServer(settings: Settings): Promise<void> {
  await rm(runningServerFilePath(settings), { force: true });
}

function withCredentials(url: string, admin: AdminCredentials, mode: CouchConnection['mode']) {
  return { url: displayUrl(url), user: admin.user, password: admin.password, mode };
}

/**
 * The CouchDB that `npm start` uses with the same settings. With COUCHDB_URL that is the URL
 * itself; in embedded mode it is the server a running sync-server started for DATA_DIR, since
 * the embedded database files can only be opened by one process.
 */
export async function resolveCouchConnection(settings: Settings): Promise<CouchConnection> {
  if (settings.couchdbUrl) {
    return withCredentials(
      settings.couchdbUrl,
      resolveExternalAdmin(settings, settings.couchdbUrl),
      'couchdb',
    );
  }
  const running = await readRunningServer(settings);
  if (!running) {
    throw new StartupError(
      `No running Rozcestník server found for DATA_DIR=${settings.dataDir}; start it with npm start.`,
    );
  }
  return withCredentials(running.url, await resolveEmbeddedAdmin(settings), 'embedded');
}
