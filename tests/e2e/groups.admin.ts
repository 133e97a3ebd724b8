import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_ADMIN, E2E_ORIGIN } from './e2e.env';

/**
 * Sets up ORPs, groups and accounts with the real admin CLI (`npm run admin`) in embedded mode,
 * i.e. with the e2e server's DATA_DIR. start-server.mjs makes that directory with mkdtemp and
 * other runs may have their own, so it is found by asking each candidate's embedded server for
 * its uuid and comparing it with what the e2e origin's /db answers. (COUCHDB_URL through the
 * proxy does not work: nano reads a URL path as a database name.)
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const auth = `Basic ${Buffer.from(`${E2E_ADMIN.user}:${E2E_ADMIN.password}`).toString('base64')}`;

let dataDir: string | undefined;

async function uuidOf(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return ((await response.json()) as { uuid?: string }).uuid;
  } catch {
    return undefined;
  }
}

async function findDataDir(): Promise<string> {
  if (dataDir) return dataDir;
  const wanted = await uuidOf(`${E2E_ORIGIN}/db/`);
  for (const name of readdirSync(os.tmpdir())) {
    if (!name.startsWith('rozcestnik-e2e-data-')) continue;
    const dir = path.join(os.tmpdir(), name);
    try {
      const record = JSON.parse(readFileSync(path.join(dir, 'embedded-couch.json'), 'utf8')) as {
        url: string;
      };
      if (wanted && (await uuidOf(`${record.url}/`)) === wanted) {
        dataDir = dir;
        return dir;
      }
    } catch {
      // Not a running server's directory.
    }
  }
  throw new Error(`No DATA_DIR found for the e2e server at ${E2E_ORIGIN}`);
}

const execFileAsync = promisify(execFile);

/*
 * Asynchronous on purpose: a spawnSync of several seconds blocks this process's event loop, so
 * a keep-alive socket to the e2e server that the server closed meanwhile (after its 5 s idle
 * timeout) is not noticed and the next fetch is sent on it ("other side closed").
 */
async function admin(dir: string, ...args: string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'sync-server/src/cli/admin.cli.ts'), ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          DATA_DIR: dir,
          COUCHDB_URL: '',
          COUCHDB_USER: E2E_ADMIN.user,
          COUCHDB_PASSWORD: E2E_ADMIN.password,
          CI: '1',
        },
      },
    );
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(`admin ${args.join(' ')}: ${stderr}`);
  }
}

export interface GroupSetup {
  orp: string;
  group: string;
  db: string;
  groupName: string;
  members: { name: string; password: string; displayName: string }[];
  coordinator: { name: string; password: string };
}

/**
 * A fresh ORP with one group, two members (on its roster as "Jana Nováková" and "Petr Novák")
 * and a coordinator (unique per call).
 */
export async function setUpGroup(): Promise<GroupSetup> {
  const dir = await findDataDir();
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const orp = `e${suffix}`.slice(0, 20);
  const group = 'seniori';
  const groupName = `Senioři ${suffix}`;
  await admin(dir, 'orp', 'add', orp, `ORP ${suffix}`);
  await admin(dir, 'group', 'add', orp, group, groupName);
  const role = `orp:${orp}:group:${group}`;
  const members = [
    ['jana', 'Jana Nováková'],
    ['petr', 'Petr Novák'],
  ].map(([n, displayName]) => ({
    name: `${n}-${suffix}`,
    password: `heslo-${n}-123`,
    displayName: displayName ?? '',
  }));
  // The CLI puts each member on the group's roster with the display name.
  for (const m of members) {
    await admin(
      dir,
      ...['user', 'add', m.name, '--password', m.password, '--role', role],
      ...['--display-name', m.displayName],
    );
  }
  const coordinator = { name: `koord-${suffix}`, password: 'heslo-koord-123' };
  await admin(
    dir,
    'user',
    'add',
    coordinator.name,
    '--password',
    coordinator.password,
    '--role',
    `orp:${orp}:coordinator`,
  );
  return { orp, group, db: `orp-${orp}-group-${group}`, groupName, members, coordinator };
}

/** Reads a document from the server as the admin (what the server really holds). */
export async function serverDoc(
  db: string,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const response = await fetch(`${E2E_ORIGIN}/db/${db}/${encodeURIComponent(id)}?conflicts=true`, {
    headers: { authorization: auth },
  });
  if (response.status === 404) return undefined;
  return (await response.json()) as Record<string, unknown>;
}

/** All documents of a type on the server. */
export async function serverDocs(db: string, prefix: string): Promise<Record<string, unknown>[]> {
  const query = `_all_docs?include_docs=true&conflicts=true&startkey=${encodeURIComponent(`"${prefix}"`)}&endkey=${encodeURIComponent(`"${prefix}\ufff0"`)}`;
  const response = await fetch(`${E2E_ORIGIN}/db/${db}/${query}`, {
    headers: { authorization: auth },
  });
  const body = (await response.json()) as { rows: { doc: Record<string, unknown> }[] };
  return body.rows.map((r) => r.doc);
}
