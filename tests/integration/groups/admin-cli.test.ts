/**
 * The admin CLI end to end against a real server: effects in CouchDB, one-sentence errors with
 * exit code 1, disabling an account (sign-in and old sessions stop working), and provisioning
 * that repairs the dynamic databases on the next start.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFetch, adminGetJson, sessionCookie, uniqueName } from '../support/couch';
import { makeTempDir, startTestServer, type TestServer } from '../support/server';
import { admin, asUser, runAdmin, uniqueOrp } from './group-support';

interface Security {
  admins: { roles: string[] };
  members: { roles: string[] };
}

describe('admin CLI', () => {
  let server: TestServer;
  let dataDir: string;
  const orp = uniqueOrp();
  const group = 'seniori';
  const groupDb = `orp-${orp}-group-${group}`;
  const member = uniqueName('jana');

  beforeAll(async () => {
    dataDir = await makeTempDir();
    server = await startTestServer({ dataDir });
  });

  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('lists its commands with --help', async () => {
    const result = await runAdmin(server, ['--help']);
    expect(result.code).toBe(0);
    for (const command of [
      'orp add',
      'group add',
      'user add',
      'user roles',
      'user passwd',
      'user disable',
    ]) {
      expect(result.stdout).toContain(command);
    }
  });

  it('adds an ORP with its plan database, _security, validation and public record', async () => {
    expect(await admin(server, 'orp', 'add', orp, 'Český Krumlov')).toContain(`orp-${orp}-plan`);
    const security = await adminGetJson<Security>(server, `/orp-${orp}-plan/_security`);
    expect(security.admins.roles).toEqual(['_admin']);
    expect(security.members.roles.sort()).toEqual([`orp:${orp}:coordinator`, `orp:${orp}:member`]);
    const ddoc = await adminGetJson<{ validate_doc_update: string }>(
      server,
      `/orp-${orp}-plan/_design/validation`,
    );
    expect(ddoc.validate_doc_update).toContain('validateDocUpdate');
    // Public: anyone reads the ORP's name from the catalogue.
    const record = await asUser(server, undefined, `/catalog/planning-orp:${orp}`);
    expect(((await record.json()) as { name: string }).name).toBe('Český Krumlov');
  });

  it('adds a working group with its database', async () => {
    await admin(server, 'group', 'add', orp, group, 'PS senioři a OZP');
    const security = await adminGetJson<Security>(server, `/${groupDb}/_security`);
    expect(security.members.roles.sort()).toEqual([
      `orp:${orp}:coordinator`,
      `orp:${orp}:group:${group}`,
    ]);
    await adminGetJson(server, `/${groupDb}/_design/validation`);
    const record = await asUser(server, undefined, `/catalog/working-group:${orp}:${group}`);
    expect(record.status).toBe(200);
  });

  it('adds a user; a group role brings the ORP member role', async () => {
    await admin(
      server,
      'user',
      'add',
      member,
      '--password',
      'first-password',
      '--role',
      `orp:${orp}:group:${group}`,
    );
    const doc = await adminGetJson<{ roles: string[]; password?: string }>(
      server,
      `/_users/org.couchdb.user:${member}`,
    );
    expect(doc.roles).toEqual([`orp:${orp}:group:${group}`, `orp:${orp}:member`]);
    expect(doc.password).toBeUndefined();
    expect(
      (await asUser(server, { name: member, password: 'first-password' }, `/${groupDb}/_all_docs`))
        .status,
    ).toBe(200);
  });

  it('replaces roles and sets passwords', async () => {
    await admin(server, 'user', 'roles', member, `orp:${orp}:coordinator`);
    const doc = await adminGetJson<{ roles: string[] }>(
      server,
      `/_users/org.couchdb.user:${member}`,
    );
    expect(doc.roles).toEqual([`orp:${orp}:coordinator`]);
    await admin(server, 'user', 'passwd', member, 'second-password');
    await expect(sessionCookie(server.baseUrl, member, 'first-password')).rejects.toThrow(/401/);
    await sessionCookie(server.baseUrl, member, 'second-password');
  });

  it.each([
    [['orp', 'add', orp, 'Znovu'], `ORP "${orp}" already exists.`],
    [['orp', 'add', 'Bad-Code', 'X'], 'ORP code "Bad-Code" is invalid'],
    [['group', 'add', 'nowhere', 'a', 'PS'], 'Unknown ORP "nowhere"'],
    [['group', 'add', orp, 'Not Valid', 'PS'], 'Group code "Not Valid" is invalid'],
    [['user', 'add', member, '--password', 'some-password'], `User "${member}" already exists`],
    [['user', 'add', uniqueName('petr')], 'A password is missing'],
    [
      ['user', 'add', uniqueName('petr'), '--password', 'pw-12345', '--role', 'boss'],
      'Role "boss" has an invalid format',
    ],
    [
      ['user', 'add', uniqueName('petr'), '--password', 'pw-12345', '--role', 'orp:zz:coordinator'],
      'unknown ORP "zz"',
    ],
    [['user', 'roles', member, `orp:${orp}:group:nope`], 'unknown group "nope"'],
    [['user', 'roles', member, '_admin'], 'The _admin role cannot be given'],
    [['user', 'passwd', 'nobody-here', 'pw-123456'], 'User "nobody-here" does not exist'],
    [['user', 'frobnicate'], 'Unknown command "user frobnicate"'],
  ])('refuses %j with one sentence and exit code 1', async (args, sentence) => {
    const result = await runAdmin(server, args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(sentence);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('disables a user: no sign-in, and the open session stops working', async () => {
    const name = uniqueName('odchazejici');
    await admin(
      server,
      'user',
      'add',
      name,
      '--password',
      'leaving-password',
      '--role',
      `orp:${orp}:group:${group}`,
    );
    const { cookie } = await sessionCookie(server.baseUrl, name, 'leaving-password');
    const withCookie = (path: string) =>
      fetch(`${server.baseUrl}/db${path}`, { headers: { Cookie: cookie } });
    expect((await withCookie(`/${groupDb}/_all_docs`)).status).toBe(200);

    expect(await admin(server, 'user', 'disable', name)).toContain('Disabled user');

    const doc = await adminGetJson<{ roles: string[]; disabled: boolean }>(
      server,
      `/_users/org.couchdb.user:${name}`,
    );
    expect(doc).toMatchObject({ roles: [], disabled: true });
    await expect(sessionCookie(server.baseUrl, name, 'leaving-password')).rejects.toThrow(/401/);
    expect([401, 403]).toContain((await withCookie(`/${groupDb}/_all_docs`)).status);
    const session = (await (await withCookie('/_session')).json()) as {
      userCtx?: { name: string | null };
    };
    expect(session.userCtx?.name ?? null).toBeNull();
  });

  it('repairs _security and validation of existing orp-* databases on the next start', async () => {
    await adminFetch(server, `/${groupDb}/_security`, {
      method: 'PUT',
      body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: [], roles: [] } }),
    });
    const ddoc = await adminGetJson<{ _rev: string }>(server, `/${groupDb}/_design/validation`);
    await adminFetch(server, `/${groupDb}/_design/validation?rev=${ddoc._rev}`, {
      method: 'DELETE',
    });
    await server.stop();
    server = await startTestServer({ dataDir });
    const security = await adminGetJson<Security>(server, `/${groupDb}/_security`);
    expect(security.members.roles.sort()).toEqual([
      `orp:${orp}:coordinator`,
      `orp:${orp}:group:${group}`,
    ]);
    await adminGetJson(server, `/${groupDb}/_design/validation`);
  });
});
