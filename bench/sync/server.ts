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

/** A working group edited live: its database and its members (global member indices). */
export interface LiveGroup {
  database: string;
  members: number[];
}

export interface Provisioned {
  client: CouchClient;
  orps: string[];
  /** Every member account; `groups` says who is in which group. */
  members: string[];
  groups: LiveGroup[];
  /** The archive group of the first-sync measurement. */
  archiveDb: string;
  /** A member of the archive group only, who has never synced it. */
  newcomer: string;
}

/** Working groups per ORP: a district's planning has a handful of them. */
export const GROUPS_PER_ORP = 5;

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
 * `memberCount` members spread over `groupCount` working groups (sizes differ by at most one),
 * GROUPS_PER_ORP groups per ORP; each member holds the role of their own group only. ORP codes
 * are unique per run, so runs against a shared Apache CouchDB never collide.
 */
export async function provision(
  server: TestServer,
  memberCount: number,
  groupCount: number,
): Promise<Provisioned> {
  const { client } = await connectToCouch(loadSettings(serverEnv(server.dataDir)));
  const run = Date.now().toString(36).slice(-6);
  const orps = Array.from(
    { length: Math.ceil(groupCount / GROUPS_PER_ORP) },
    (_, i) => `b${run}${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26) || ''}`,
  );
  const groups: (LiveGroup & { role: string })[] = [];
  for (const [i, orp] of orps.entries()) {
    await addOrp(client, orp, `Benchmark ORP ${i + 1}`);
    const here = Math.min(GROUPS_PER_ORP, groupCount - i * GROUPS_PER_ORP);
    for (let g = 1; g <= here; g++) {
      await addGroup(client, orp, `skupina${g}`, `Skupina ${g}`);
      groups.push({
        database: groupDbName(orp, `skupina${g}`),
        role: groupRole(orp, `skupina${g}`),
        members: [],
      });
    }
  }
  const firstOrp = orps[0] as string;
  await addGroup(client, firstOrp, 'archiv', 'Archiv');
  const members = Array.from({ length: memberCount }, (_, i) => `clen${i + 1}-${run}`);
  // Round-robin, so every group gets floor or ceil of memberCount / groupCount members.
  members.forEach((_, i) => groups[i % groupCount]?.members.push(i));
  await inParallel(members, 8, async (name, i) => {
    await addUser(client, name, MEMBER_PASSWORD, [
      (groups[i % groupCount] as LiveGroup & { role: string }).role,
    ]);
  });
  const newcomer = `novacek-${run}`;
  await addUser(client, newcomer, MEMBER_PASSWORD, [groupRole(firstOrp, 'archiv')]);
  return {
    client,
    orps,
    members,
    groups: groups.map(({ database, members }) => ({ database, members })),
    archiveDb: groupDbName(firstOrp, 'archiv'),
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
