import { spawn } from 'node:child_process';
import path from 'node:path';
import { adminFetch, adminGetJson } from '../support/couch';
import { REPO_ROOT, serverEnv, type TestServer } from '../support/server';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a real CLI tool the way `npm run …` does, with the same settings as the server. */
export function runCli(server: TestServer, script: string, args: string[]): Promise<CliResult> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, 'sync-server/src/cli', script), ...args],
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

interface Row {
  id: string;
  value: { rev: string };
  doc?: Record<string, unknown>;
}

/** id → rev of every catalogue document whose id starts with `prefix`. */
export async function revisions(server: TestServer, prefix: string): Promise<Map<string, string>> {
  const q = `startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`;
  const body = await adminGetJson<{ rows: Row[] }>(server, `/catalog/_all_docs?${q}`);
  return new Map(body.rows.map((r) => [r.id, r.value.rev]));
}

export async function docsWithPrefix(
  server: TestServer,
  prefix: string,
): Promise<Record<string, unknown>[]> {
  const q = `include_docs=true&startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`;
  const body = await adminGetJson<{ rows: Row[] }>(server, `/catalog/_all_docs?${q}`);
  return body.rows.map((r) => r.doc!);
}

export async function getDoc<T = Record<string, unknown>>(
  server: TestServer,
  id: string,
): Promise<T> {
  return adminGetJson<T>(server, `/catalog/${encodeURIComponent(id)}`);
}

export async function putDoc(server: TestServer, doc: Record<string, unknown>): Promise<void> {
  const response = await adminFetch(server, `/catalog/${encodeURIComponent(String(doc._id))}`, {
    method: 'PUT',
    body: JSON.stringify(doc),
  });
  if (!response.ok)
    throw new Error(`PUT ${String(doc._id)}: ${response.status} ${await response.text()}`);
}

/** Removes documents left by earlier runs against a shared Apache CouchDB. */
export async function purgePrefix(server: TestServer, prefix: string): Promise<void> {
  const docs = (await revisions(server, prefix)).entries();
  const deletions = [...docs].map(([id, rev]) => ({ _id: id, _rev: rev, _deleted: true }));
  if (deletions.length === 0) return;
  await adminFetch(server, '/catalog/_bulk_docs', {
    method: 'POST',
    body: JSON.stringify({ docs: deletions }),
  });
}
