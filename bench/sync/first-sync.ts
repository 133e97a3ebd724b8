/**
 * A new member's first sync of a group with a long history: `meetings` meetings with full
 * minutes (agenda items with notes, attendance, decisions, tasks) written by an admin through
 * `_bulk_docs`, then a fresh pouchdb-node replica signs in as the newcomer and pulls once
 * through the `/db` proxy with PouchDB's default replication options, until complete.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { adminFetch } from '../../tests/integration/support/couch';
import type { TestServer } from '../../tests/integration/support/server';
import { meetingDocs } from './documents';
import { localDb, remoteDb, signIn } from './member';
import { MEMBER_PASSWORD } from './server';

const BATCH = 1000;

export async function seedHistory(
  server: TestServer,
  database: string,
  meetings: number,
  members: readonly string[],
): Promise<{ docs: number; bytes: number }> {
  const docs = Array.from({ length: meetings }, (_, i) =>
    meetingDocs(`m${String(i).padStart(4, '0')}`, i, 'koordinator', members, {
      withMinutes: true,
    }),
  ).flat();
  let bytes = 0;
  for (let i = 0; i < docs.length; i += BATCH) {
    const body = JSON.stringify({ docs: docs.slice(i, i + BATCH) });
    bytes += Buffer.byteLength(body);
    const response = await adminFetch(server, `/${database}/_bulk_docs`, { method: 'POST', body });
    const failed = ((await response.json()) as { error?: string }[]).filter((r) => r.error);
    if (!response.ok || failed.length) {
      throw new Error(`seeding failed: ${JSON.stringify(failed[0])}`);
    }
  }
  return { docs: docs.length, bytes };
}

export async function timeFirstSync(
  server: TestServer,
  database: string,
  newcomer: string,
): Promise<{ ms: number; docs: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rozcestnik-bench-newcomer-'));
  const local = localDb(dir, 'newcomer');
  try {
    const started = performance.now();
    const cookie = await signIn(server.baseUrl, newcomer, MEMBER_PASSWORD);
    const remote = remoteDb(server.baseUrl, database, cookie);
    const result = await local.replicate.from(remote);
    const ms = performance.now() - started;
    await remote.close();
    if (result.status !== 'complete' || result.doc_write_failures > 0) {
      throw new Error(`first sync ended ${result.status}, ${result.doc_write_failures} failures`);
    }
    const info = await local.info();
    return { ms, docs: info.doc_count };
  } finally {
    await local.close();
    await rm(dir, { recursive: true, force: true });
  }
}
