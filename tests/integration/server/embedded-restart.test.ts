/**
 * Issue 13, defect 4: when the embedded server's child process dies, sync-server restarts it
 * (same port, backoff), keeps serving the app, answers /db with 503 + Retry-After meanwhile,
 * and names the signal in its log. Proven with a kill -9 in the middle of a live sync: an HTTP
 * writer and a PouchDB replica syncing live both ways (as the app does) go on after the
 * restart, and every write the server acknowledged (201) is still there.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import PouchDB from 'pouchdb-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFetch, createUser, sessionCookie, uniqueName } from '../support/couch';
import { externalCouchUrl, makeTempDir, startTestServer, type TestServer } from '../support/server';

const embeddedOnly = externalCouchUrl ? describe.skip : describe;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it holds; fails with `what` after `ms`. */
async function eventually(what: string, check: () => Promise<boolean>, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(`Timed out waiting until ${what}`);
}

function embeddedChildPid(serverPid: number): number {
  // main.ts may have other children (tsx's esbuild service); pick the embedded server.
  const children = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(serverPid)], {
    encoding: 'utf8',
  });
  const line = children.split('\n').find((entry) => entry.includes('embedded-couch.child'));
  return Number(line?.trim().split(/\s+/)[0]);
}

embeddedOnly('the embedded server restarts after kill -9 during a live sync', () => {
  let server: TestServer;
  let tempDir: string;
  const db = uniqueName('restart-sync');
  const name = uniqueName('restart-member');
  const password = 'restart-member-password';

  beforeAll(async () => {
    tempDir = await makeTempDir('rozcestnik-restart-');
    const buildDir = path.join(tempDir, 'build');
    await mkdir(buildDir);
    await writeFile(path.join(buildDir, '200.html'), '<!doctype html><title>shell</title>\n');
    await writeFile(path.join(buildDir, 'version.json'), '{"version":"test"}\n');
    server = await startTestServer({ env: { BUILD_DIR: buildDir } });
    await createUser(server, name, password, []);
    expect((await adminFetch(server, `/${db}`, { method: 'PUT' })).status).toBe(201);
    const security = await adminFetch(server, `/${db}/_security`, {
      method: 'PUT',
      body: JSON.stringify({
        admins: { names: [], roles: [] },
        members: { names: [name], roles: [] },
      }),
    });
    expect(security.status).toBe(200);
  });

  afterAll(async () => {
    await server?.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  });

  it('keeps serving, answers 503 with Retry-After, and loses nothing acknowledged', async () => {
    const { cookie } = await sessionCookie(server.baseUrl, name, password);
    const dbUrl = `${server.baseUrl}/db/${db}`;
    const withCookie: typeof fetch = (url, init) => {
      const headers = new Headers(init?.headers);
      headers.set('Cookie', cookie);
      return fetch(url, { ...init, headers });
    };

    // A PouchDB replica syncing live both ways through the proxy, retrying quickly.
    const local = new PouchDB(path.join(tempDir, 'replica'));
    const remote = new PouchDB(dbUrl, { fetch: withCookie, skip_setup: true });
    const sync = local.sync(remote, { live: true, retry: true, back_off_function: () => 300 });

    // An HTTP client writing one document every 40 ms, remembering what was acknowledged.
    const acknowledged: string[] = [];
    const pushedLocally: string[] = [];
    const statuses = new Map<number, number>();
    const retryAfter: string[] = [];
    let writing = true;
    const httpWriter = (async () => {
      for (let i = 0; writing; i++) {
        const id = `http-${String(i).padStart(5, '0')}`;
        try {
          const response = await withCookie(`${dbUrl}/${id}`, {
            method: 'PUT',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ text: `zápis ${i}` }),
          });
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status === 503) retryAfter.push(response.headers.get('retry-after') ?? '');
          await response.body?.cancel();
          if (response.status === 201) acknowledged.push(id);
        } catch {
          statuses.set(0, (statuses.get(0) ?? 0) + 1);
        }
        await sleep(40);
      }
    })();
    const localWriter = (async () => {
      for (let i = 0; writing; i++) {
        const id = `local-${String(i).padStart(5, '0')}`;
        await local.put({ _id: id, text: `v poli ${i}` });
        pushedLocally.push(id);
        await sleep(100);
      }
    })();

    try {
      await eventually('the first writes are acknowledged', async () => acknowledged.length >= 10);
      const childPid = embeddedChildPid(server.pid);
      expect(childPid).toBeGreaterThan(0);
      const ackedBeforeKill = acknowledged.length;
      process.kill(childPid, 'SIGKILL');

      // While the child is down the proxy says "try again", and the app is still served.
      await eventually('/db answers 503', async () => (statuses.get(503) ?? 0) > 0, 10_000);
      const app = await fetch(`${server.baseUrl}/version.json`);
      expect(app.status).toBe(200);
      expect(await app.json()).toEqual({ version: 'test' });

      // A new child (not the killed one) on the same port, and writes are acknowledged again.
      await eventually('a new embedded child runs', async () => {
        const pid = embeddedChildPid(server.pid);
        return pid > 0 && pid !== childPid;
      });
      await eventually(
        'writes are acknowledged again',
        async () => acknowledged.length > ackedBeforeKill + 10,
      );
    } finally {
      writing = false;
      await Promise.all([httpWriter, localWriter]);
    }

    // sync-server itself never stopped.
    expect(() => process.kill(server.pid, 0)).not.toThrow();
    const log = server.output().stderr;
    expect(log).toMatch(
      /The embedded CouchDB-compatible server stopped unexpectedly \(signal SIGKILL\); restarting it in [\d.]+ s\./,
    );
    expect(log).toMatch(/The embedded CouchDB-compatible server is running again at http:/);
    expect(retryAfter.length).toBeGreaterThan(0);
    for (const value of retryAfter) expect(Number(value)).toBeGreaterThanOrEqual(1);

    // Nothing acknowledged is lost, and the live sync resumed both ways.
    try {
      await eventually('the server holds every acknowledged and every replica write', async () => {
        const response = await adminFetch(server, `/${db}/_all_docs`);
        const ids = new Set(
          ((await response.json()) as { rows: { id: string }[] }).rows.map((row) => row.id),
        );
        return [...acknowledged, ...pushedLocally].every((id) => ids.has(id));
      });
      await eventually('the replica has every acknowledged write', async () => {
        const ids = new Set((await local.allDocs()).rows.map((row) => row.id));
        return acknowledged.every((id) => ids.has(id));
      });
    } finally {
      sync.cancel();
      await local.close();
      await remote.close();
    }
    console.log(
      `[measure] statuses during the kill: ${JSON.stringify(Object.fromEntries(statuses))}, ` +
        `acknowledged ${acknowledged.length}, replica writes ${pushedLocally.length}`,
    );
  });
});
