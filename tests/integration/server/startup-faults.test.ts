import { createServer, type Server } from 'node:net';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveCouchConnection } from '../../../sync-server/src/config/couch-connection';
import { loadSettings } from '../../../sync-server/src/config/settings';
import { connectToCouch } from '../../../sync-server/src/services/couch-runtime.service';
import { basicAuth } from '../support/couch';
import {
  externalCouchUrl,
  makeTempDir,
  runServerToExit,
  startTestServer,
  type ExitResult,
} from '../support/server';

const embeddedOnly = externalCouchUrl ? it.skip : it;

/** What an operator sees: a non-zero exit within 10 s and one sentence, no stack trace. */
function expectOneSentenceFailure(result: ExitResult, pattern: RegExp): void {
  expect(result.code).not.toBe(0);
  expect(result.code).not.toBeNull();
  expect(result.elapsedMs).toBeLessThan(10_000);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  expect(lines[0]).toMatch(pattern);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function isAdmin(url: string, user: string, password: string): Promise<boolean> {
  const response = await fetch(`${url}/_session`, {
    headers: { Authorization: basicAuth(user, password) },
  });
  const body = (await response.json()) as { userCtx?: { roles?: string[] } };
  return body.userCtx?.roles?.includes('_admin') ?? false;
}

describe('start-up faults', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('stops with one sentence when COUCHDB_URL is unreachable', async () => {
    const result = await runServerToExit({
      COUCHDB_URL: 'http://127.0.0.1:1',
      COUCHDB_USER: 'admin',
      COUCHDB_PASSWORD: 'irrelevant',
    });
    expectOneSentenceFailure(result, /^CouchDB at http:\/\/127\.0\.0\.1:1 is not reachable/);
  });

  it('stops with one sentence when the admin credentials are wrong, without printing them', async () => {
    const server = await startTestServer();
    cleanup.push(() => server.stop());
    const result = await runServerToExit({
      COUCHDB_URL: server.couchUrl,
      COUCHDB_USER: server.admin.user,
      COUCHDB_PASSWORD: 'definitely-wrong-password',
    });
    expectOneSentenceFailure(result, /did not accept .* as an admin/);
    expect(result.stderr).not.toContain('definitely-wrong-password');
  });

  it('stops with one sentence when the port is taken, and releases the data directory', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise((resolve) => blocker.close(() => resolve())));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const dataDir = await makeTempDir();
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));

    const result = await runServerToExit({ PORT: String(port) }, { dataDir });
    expectOneSentenceFailure(
      result,
      new RegExp(`^Port ${port} on 127\\.0\\.0\\.1 is already in use`),
    );
    expect(await exists(path.join(dataDir, 'embedded-couch.json'))).toBe(false);

    // The embedded server was stopped: the same data directory starts cleanly right away.
    const again = await startTestServer({ dataDir });
    await again.stop();
  });

  embeddedOnly(
    'generates and keeps the admin password, serves CLI tools, and exits 0 on SIGINT',
    async () => {
      const dataDir = await makeTempDir();
      cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
      const settings = loadSettings({ DATA_DIR: dataDir });
      const noAdminEnv = { COUCHDB_USER: '', COUCHDB_PASSWORD: '' };

      await expect(resolveCouchConnection(settings)).rejects.toThrow(
        `No running Rozcestník server found for DATA_DIR=${dataDir}; start it with npm start.`,
      );
      await expect(connectToCouch(settings)).rejects.toThrow(/^No running Rozcestník server/);

      const server = await startTestServer({ dataDir, env: noAdminEnv });
      cleanup.push(() => server.stop());
      expect((await stat(path.join(dataDir, 'admin.json'))).mode & 0o777).toBe(0o600);
      expect(server.output().stdout).toBe(
        `Rozcestník běží na ${server.baseUrl} (embedded CouchDB-compatible server, data in ${dataDir})\n`,
      );

      // What `npm run import:rpss` does: find the running server of this DATA_DIR.
      const connection = await resolveCouchConnection(settings);
      expect(connection.url).toBe(server.couchUrl);
      expect(connection.password).toBe(server.admin.password);
      expect(await isAdmin(connection.url, connection.user, connection.password)).toBe(true);
      expect(server.output().stdout).not.toContain(connection.password);
      const tool = await connectToCouch(settings);
      expect((await tool.client.db.list()).includes('catalog')).toBe(true);

      // A second server on the same data would fight over the database files.
      const second = await runServerToExit(noAdminEnv, { dataDir });
      expectOneSentenceFailure(second, /already uses DATA_DIR=/);

      process.kill(server.pid, 'SIGINT');
      const exit = await server.exited;
      expect(exit.code).toBe(0);
      expect(await exists(path.join(dataDir, 'embedded-couch.json'))).toBe(false);

      // The generated password is reused: the next start's admin is the same account.
      const restarted = await startTestServer({ dataDir, env: noAdminEnv });
      cleanup.push(() => restarted.stop());
      const again = await resolveCouchConnection(settings);
      expect(again.password).toBe(connection.password);
      expect(await isAdmin(again.url, again.user, again.password)).toBe(true);
    },
  );
});
