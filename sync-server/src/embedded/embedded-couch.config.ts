import { pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

// express-pouchdb's config file. We write the admin already hashed, in pouchdb-auth's format
// ("-pbkdf2-<key>,<salt>,<iterations>", PBKDF2-SHA1, 20 bytes, salt used as a string), because
// pouchdb-auth ignores plain-text admins until its own asynchronous rewrite has finished: a
// request arriving in between would see no admin at all. It also keeps the plain password off
// the disk. The low iteration count is pouchdb-auth's default: basic auth re-derives the key
// in pure JavaScript on every request, and this server is for development and CI on loopback.
const ITERATIONS = 10;
const HASH_RE = /^-pbkdf2-([\da-f]+),([\da-f]+),(\d+)$/;

type CouchConfig = Record<string, Record<string, unknown> | undefined>;

function derive(password: string, salt: string, iterations: number): string {
  return pbkdf2Sync(password, salt, iterations, 20, 'sha1').toString('hex');
}

export function hashAdminPassword(password: string): string {
  const salt = randomBytes(16).toString('hex');
  return `-pbkdf2-${derive(password, salt, ITERATIONS)},${salt},${ITERATIONS}`;
}

export function adminHashMatches(stored: unknown, password: string): boolean {
  if (typeof stored !== 'string') return false;
  const match = HASH_RE.exec(stored);
  if (!match) return false;
  const [, key = '', salt = '', iterations = '0'] = match;
  const expected = Buffer.from(key, 'hex');
  const actual = Buffer.from(derive(password, salt, Number(iterations)), 'hex');
  return (
    expected.length === actual.length &&
    timingSafeEqual(new Uint8Array(expected), new Uint8Array(actual))
  );
}

async function readConfig(file: string): Promise<CouchConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as CouchConfig) : {};
  } catch {
    // A torn write from a killed child; everything in it is regenerated below.
    return {};
  }
}

/** express-pouchdb's own default, kept when a caller names no session length. */
const DEFAULT_SESSION_SECONDS = 600;

/**
 * Writes <couchDir>/config.json so that exactly `adminUser` is server admin with
 * `adminPassword`, keeping the server uuid and the cookie secret (so sessions survive a restart).
 * Sessions last `sessionSeconds` since their last use, in a persistent cookie (SESSION_DAYS):
 * members work offline for days and must not be asked to sign in at every relaunch.
 */
export async function writeCouchConfig(
  couchDir: string,
  adminUser: string,
  adminPassword: string,
  sessionSeconds = DEFAULT_SESSION_SECONDS,
): Promise<string> {
  const file = path.join(couchDir, 'config.json');
  const config = await readConfig(file);
  const previous = config.admins?.[adminUser];
  const hash = adminHashMatches(previous, adminPassword)
    ? (previous as string)
    : hashAdminPassword(adminPassword);
  const auth = config.couch_httpd_auth ?? {};
  const secret =
    typeof auth.secret === 'string' && auth.secret ? auth.secret : randomBytes(16).toString('hex');
  const next: CouchConfig = {
    ...config,
    admins: { [adminUser]: hash },
    couch_httpd_auth: {
      ...auth,
      secret,
      timeout: sessionSeconds,
      allow_persistent_cookies: true,
    },
    log: { ...config.log, level: 'warning' },
  };
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(next, null, 2) + '\n', { mode: 0o600 });
  await rename(temp, file);
  return file;
}
