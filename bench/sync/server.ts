/**
 * bench:sync's server side: the real sync-server (embedded server unless COUCHDB_URL is set),
 * an ORP, working groups and member accounts made with the admin CLI's own functions, and the
 * resident memory of the server processes read from /proc.
 */
import { readdir, readFile } from 'node:fs/promises';
import { addGroup, addOrp } from '../../sync-server/src/admin/planning.admin';
import { addUser } from '../../sync-server/src/admin/user.admin';
import { loadSettings } from '../../sync-server/src/config/settings';
import type { CouchClient } from '../../sync-server/src/couch/couch-client';
import { connectToCouch } from '../../sync-server/src/services/couch-runtime.service';
import { groupDbName, groupRole } from '../../src/lib/domain/roles';
import { serverEnv, type TestServer } from '../../tests/integration/support/server';

export const MEMBER_PASSWORD = 'bench-member-password';

export interface Provisioned {
  client: CouchClient;
  orp: string;
  /** The group the members edit live, and the archive group of the first-sync measurement. */
  liveDb: string;
  archiveDb: string;
  members: string[];
  /** A member of the archive group only, who has never synced it. */
  newcomer: string;
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * A unique ORP per run, so runs against a shared Apache CouchDB never collide. ORP codes are
 * lowercase letters and digits starting with a letter.
 */
export async function provision(server: TestServer, memberCount: number): Promise<Provisioned> {
  const { client } = await connectToCouch(loadSettings(serverEnv(server.dataDir)));
  const run = Date.now().toString(36).slice(-6);
  const orp = `b${run}`;
  await addOrp(client, orp, 'Benchmark ORP');
  await addGroup(client, orp, 'seniori', 'Senioři');
  await addGroup(client, orp, 'archiv', 'Archiv');
  const members = Array.from({ length: memberCount }, (_, i) => `clen${i + 1}-${run}`);
  const live = groupRole(orp, 'seniori');
  await inParallel(members, 8, async (name) => {
    await addUser(client, name, MEMBER_PASSWORD, [live]);
  });
  const newcomer = `novacek-${run}`;
  await addUser(client, newcomer, MEMBER_PASSWORD, [groupRole(orp, 'archiv')]);
  return {
    client,
    orp,
    liveDb: groupDbName(orp, 'seniori'),
    archiveDb: groupDbName(orp, 'archiv'),
    members,
    newcomer,
  };
}

async function rssMb(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? undefined : Math.round((Number(kb) / 1024) * 10) / 10;
  } catch {
    return undefined;
  }
}

/** Direct children of `pid`, from every thread's `children` list. */
async function childrenOf(pid: number): Promise<number[]> {
  const pids: number[] = [];
  for (const tid of await readdir(`/proc/${pid}/task`)) {
    const list = await readFile(`/proc/${pid}/task/${tid}/children`, 'utf8').catch(() => '');
    pids.push(...list.split(/\s+/).filter(Boolean).map(Number));
  }
  return pids;
}

/** VmRSS of sync-server and of its embedded CouchDB child (undefined with COUCHDB_URL). */
export async function serverMemory(
  server: TestServer,
): Promise<{ serverMb: number | undefined; embeddedMb: number | undefined }> {
  const serverMb = await rssMb(server.pid);
  let embeddedMb: number | undefined;
  for (const child of await childrenOf(server.pid)) {
    const cmdline = await readFile(`/proc/${child}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes('embedded-couch.child')) embeddedMb = await rssMb(child);
  }
  return { serverMb, embeddedMb };
}
