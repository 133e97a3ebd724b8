import { readFile } from 'node:fs/promises';
import net from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedCouch } from '../../../sync-server/src/embedded/embedded-couch';
import {
  basicAuth,
  childPid,
  request,
  residentKiB,
  startTestCouch,
  type TestCouch,
} from './embedded-couch.helper';

function listeningAddresses(tcpTable: string, port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return tcpTable
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A')
    .map((cols) => cols[1]!.split(':')[0]!);
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('embedded CouchDB lifecycle', () => {
  let t: TestCouch;
  beforeAll(async () => {
    const started = Date.now();
    t = await startTestCouch();
    console.log(`[measure] embedded CouchDB ready after ${Date.now() - started} ms`);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers GET / and listens on the loopback interface only', async () => {
    expect(t.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const root = await t.anon('GET', '/');
    expect(root.status).toBe(200);

    const port = Number(new URL(t.url).port);
    const v4 = listeningAddresses(await readFile('/proc/net/tcp', 'utf8'), port);
    const v6 = listeningAddresses(await readFile('/proc/net/tcp6', 'utf8'), port);
    expect(v4).toEqual(['0100007F']); // 127.0.0.1, little-endian hex
    expect(v6).toEqual([]);

    const external = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal)
      .map((i) => i!.address);
    for (const address of external) expect(await connects(address, port)).toBe(false);
  });

  it('refuses anonymous admin requests (no admin party) and serves no Fauxton or CORS', async () => {
    expect((await t.anon('PUT', '/newdb')).status).toBe(401);
    expect((await t.anon('GET', '/_config')).status).toBe(401);
    expect((await t.anon('GET', '/_all_dbs')).body).not.toContain('newdb');
    expect((await t.admin('GET', '/_config')).status).toBe(200);
    expect((await t.admin('GET', '/_utils/')).status).toBe(404);
    const cors = await t.anon('GET', '/', undefined, { Origin: 'http://evil.example' });
    expect(cors.headers.get('access-control-allow-origin')).toBeNull();
    expect(cors.headers.get('access-control-allow-credentials')).toBeNull();
    const config = await readFile(path.join(t.dataDir, 'couch', 'config.json'), 'utf8');
    expect(config).not.toContain(t.adminPassword);
  });

  it('issues a cookie session for a user in _users', async () => {
    const created = await t.admin('PUT', '/_users/org.couchdb.user:alice', {
      _id: 'org.couchdb.user:alice',
      name: 'alice',
      password: 'alice-pass',
      roles: ['catalog:editor'],
      type: 'user',
    });
    expect(created.status).toBe(201);
    const login = await t.anon('POST', '/_session', { name: 'alice', password: 'alice-pass' });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    expect(cookie).toMatch(/^AuthSession=/);
    const session = await t.anon('GET', '/_session', undefined, { Cookie: cookie! });
    expect(session.body).toMatchObject({ userCtx: { name: 'alice', roles: ['catalog:editor'] } });
  });

  it('keeps data across stop and start, and a changed admin password replaces the old one', async () => {
    expect((await t.admin('PUT', '/keep')).status).toBe(201);
    expect((await t.admin('PUT', '/keep/doc', { text: 'Žluťoučký kůň' })).status).toBe(201);
    const oldPassword = t.adminPassword;

    await t.restart('a-new-password-1');

    const doc = await t.admin('GET', '/keep/doc');
    expect(doc.body).toMatchObject({ text: 'Žluťoučký kůň' });
    const withOld = await request(`${t.url}/_session`, 'GET', undefined, {
      Authorization: basicAuth(t.adminUser, oldPassword),
    });
    expect(withOld.status).toBe(401);
    const login = await t.anon('POST', '/_session', {
      name: 'alice',
      password: 'alice-pass',
    });
    expect(login.status).toBe(200);
  });

  it('reports an unexpected death through onExit but not a requested stop', async () => {
    const pid = await childPid(t.dataDir);
    console.log(`[measure] idle child RSS ${Math.round(residentKiB(pid) / 1024)} MiB`);
    const died = new Promise<number | null>((resolve) => t.couch.onExit(resolve));
    process.kill(pid, 'SIGKILL');
    await died;
    expect(t.exits).toHaveLength(1);

    await t.restart();
    await t.couch.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.exits).toHaveLength(1);
    await t.restart();
  });

  it('rejects start-up with a one-sentence error when the port is taken', async () => {
    const port = Number(new URL(t.url).port);
    const error = await startEmbeddedCouch({
      dataDir: path.join(t.dataDir, 'second'),
      adminUser: 'x',
      adminPassword: 'y',
      port,
    }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Embedded CouchDB failed to start: .*EADDRINUSE/);
  });
});
