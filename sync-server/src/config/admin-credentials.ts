import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Settings } from './settings';
import { StartupError } from './startup-error';

export interface AdminCredentials {
  user: string;
  password: string;
}

const DEFAULT_ADMIN_USER = 'admin';

export function adminFilePath(settings: Settings): string {
  return path.join(settings.dataDir, 'admin.json');
}

async function readStored(file: string): Promise<AdminCredentials | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as Partial<AdminCredentials>;
    if (typeof parsed.user === 'string' && typeof parsed.password === 'string') {
      return { user: parsed.user, password: parsed.password };
    }
  } catch {
    // Fall through to the error below: guessing would lock the operator out.
  }
  throw new StartupError(`${file} is not valid JSON with "user" and "password"; fix or delete it.`);
}

/**
 * Admin credentials for the embedded server. COUCHDB_USER / COUCHDB_PASSWORD win; otherwise a
 * strong random password is generated once and kept in DATA_DIR/admin.json (mode 0600), so
 * later starts and CLI tools (which read the same file) agree on it.
 */
export async function resolveEmbeddedAdmin(settings: Settings): Promise<AdminCredentials> {
  const file = adminFilePath(settings);
  const stored = await readStored(file);
  const user = settings.couchdbUser ?? stored?.user ?? DEFAULT_ADMIN_USER;
  if (settings.couchdbPassword) return { user, password: settings.couchdbPassword };
  if (stored && stored.user === user) return stored;
  const generated = { user, password: randomBytes(24).toString('base64url') };
  await mkdir(settings.dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(generated, null, 2) + '\n', { mode: 0o600 });
  // writeFile's mode only applies when it creates the file.
  await chmod(file, 0o600);
  return generated;
}

/** Admin credentials for an external CouchDB: from COUCHDB_USER/PASSWORD or COUCHDB_URL. */
export function resolveExternalAdmin(settings: Settings, couchUrl: string): AdminCredentials {
  const url = new URL(couchUrl);
  const user = settings.couchdbUser ?? (url.username ? decodeURIComponent(url.username) : '');
  const password =
    settings.couchdbPassword ?? (url.password ? decodeURIComponent(url.password) : '');
  if (!user || !password) {
    throw new StartupError(
      'COUCHDB_URL is set, so COUCHDB_USER and COUCHDB_PASSWORD must name a CouchDB admin.',
    );
  }
  return { user, password };
}
