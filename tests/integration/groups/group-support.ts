/** Helpers for the working-group integration tests: the admin CLI, requests as a user, docs. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { dropOrpAfterFile } from '../support/cleanup';
import { allCopiesQuery, basicAuth } from '../support/couch';
import { REPO_ROOT, serverEnv, type TestServer } from '../support/server';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run admin -- …` without npm: the same script, the server's settings (DATA_DIR…). */
export function runAdmin(server: TestServer, args: string[]): Promise<CliResult> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, 'sync-server/src/cli/admin.cli.ts'), ...args],
    {
      cwd: REPO_ROOT,
      env: { ...serverEnv(server.dataDir), CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** Runs the CLI and fails the test unless it succeeded. */
export async function admin(server: TestServer, ...args: string[]): Promise<string> {
  const result = await runAdmin(server, args);
  if (result.code !== 0) throw new Error(`admin ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** A short unique ORP code, so runs against a shared Apache CouchDB do not collide. */
export function uniqueOrp(): string {
  const orp = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  dropOrpAfterFile(orp);
  return orp;
}

export interface Who {
  name: string;
  password: string;
}

/** A request through the same-origin /db proxy, as `who` (basic auth) or anonymously. */
export function asUser(
  server: TestServer,
  who: Who | undefined,
  pathAndQuery: string,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (who) headers.set('Authorization', basicAuth(who.name, who.password));
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  return fetch(`${server.baseUrl}/db${pathAndQuery}`, { ...init, headers });
}

/**
 * PUTs `doc` as `who`. A write that succeeds is on every copy before the answer (see
 * allCopiesQuery): tests write a document and then edit it at once, and on a cluster the edit
 * would otherwise now and then meet a copy without the first write and be answered 409.
 */
export async function putAs(
  server: TestServer,
  who: Who | undefined,
  db: string,
  doc: Record<string, unknown>,
): Promise<Response> {
  const query = await allCopiesQuery(server, db);
  return asUser(server, who, `/${db}/${encodeURIComponent(String(doc._id))}${query}`, {
    method: 'PUT',
    body: JSON.stringify(doc),
  });
}

const NOW = '2026-11-22T10:00:00.000Z';

export function authored(name: string): Record<string, string> {
  return { createdBy: name, createdAt: NOW, updatedBy: name, updatedAt: NOW };
}

export function meeting(key: string, author: string, extra: Record<string, unknown> = {}) {
  return {
    _id: `meeting:${key}`,
    type: 'meeting',
    title: 'Jednání pracovní skupiny',
    date: '2026-11-25',
    time: '14:00',
    place: 'Městský úřad, zasedací místnost',
    status: 'draft',
    ...authored(author),
    ...extra,
  };
}

export function agendaItem(
  key: string,
  n: number,
  author: string,
  extra: Record<string, unknown> = {},
) {
  return {
    _id: `agenda-item:${key}:${n}`,
    type: 'agenda-item',
    meetingId: key,
    n,
    title: `Bod ${n}`,
    notes: '',
    locked: false,
    ...authored(author),
    ...extra,
  };
}

/** The reason CouchDB sent back with a refusal. */
export async function reasonOf(response: Response): Promise<string> {
  const body = (await response.json()) as { reason?: string };
  return body.reason ?? '';
}
