/**
 * The group roster kept by the admin CLI (roster.admin.ts): a group role puts the account on
 * the roster with its display name, a changed role moves it, disabling takes it off; members
 * read the roster but cannot write it, the coordinator can.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminGetJson, uniqueName } from '../support/couch';
import { makeTempDir, startTestServer, type TestServer } from '../support/server';
import { admin, asUser, putAs, runAdmin, uniqueOrp } from './group-support';

interface Roster {
  _id: string;
  _rev: string;
  members: { name: string; displayName: string }[];
  [key: string]: unknown;
}

describe('group roster', () => {
  let server: TestServer;
  let dataDir: string;
  const orp = uniqueOrp();
  const seniors = `orp-${orp}-group-seniori`;
  const families = `orp-${orp}-group-rodina`;
  const jana = { name: uniqueName('jana'), password: 'jana-password' };
  const petr = { name: uniqueName('petr'), password: 'petr-password' };
  const coordinator = { name: uniqueName('koord'), password: 'koord-password' };
  const roster = (db: string) => adminGetJson<Roster>(server, `/${db}/roster`);

  beforeAll(async () => {
    dataDir = await makeTempDir();
    server = await startTestServer({ dataDir });
    await admin(server, 'orp', 'add', orp, 'Roster ORP');
    await admin(server, 'group', 'add', orp, 'seniori', 'Senioři');
    await admin(server, 'group', 'add', orp, 'rodina', 'Rodina');
    await admin(
      server,
      ...['user', 'add', coordinator.name, '--password', coordinator.password],
      ...['--role', `orp:${orp}:coordinator`],
    );
  });

  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('user add with a group role writes the roster, with the display name or the user name', async () => {
    await admin(
      server,
      ...['user', 'add', jana.name, '--password', jana.password],
      ...['--role', `orp:${orp}:group:seniori`, '--display-name', 'Jana Nováková'],
    );
    await admin(
      server,
      ...['user', 'add', petr.name, '--password', petr.password],
      ...['--role', `orp:${orp}:group:seniori`],
    );
    expect((await roster(seniors)).members).toEqual([
      { name: jana.name, displayName: 'Jana Nováková' },
      { name: petr.name, displayName: petr.name },
    ]);
  });

  it('user roles moves the account between rosters and keeps its display name', async () => {
    await admin(server, 'user', 'roles', jana.name, `orp:${orp}:group:rodina`);
    expect((await roster(seniors)).members.map((m) => m.name)).toEqual([petr.name]);
    expect((await roster(families)).members).toEqual([
      { name: jana.name, displayName: 'Jana Nováková' },
    ]);
    await admin(
      server,
      ...['user', 'roles', jana.name, `orp:${orp}:group:rodina`],
      ...['--display-name', 'Jana Nová'],
    );
    expect((await roster(families)).members).toEqual([
      { name: jana.name, displayName: 'Jana Nová' },
    ]);
  });

  it('user disable takes the account off the roster', async () => {
    await admin(server, 'user', 'disable', petr.name);
    expect((await roster(seniors)).members).toEqual([]);
  });

  it('refuses --display-name where it has no meaning, with one sentence', async () => {
    const result = await runAdmin(server, ['orp', 'add', 'zz', 'X', '--display-name', 'Y']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--display-name');
  });

  it('a member reads the roster but cannot write it; the coordinator can', async () => {
    const current = await roster(families);
    const read = await asUser(server, jana, `/${families}/roster`);
    expect(read.status).toBe(200);
    const at = new Date().toISOString();
    const edited = {
      ...current,
      members: [...current.members, { name: 'someone', displayName: 'Někdo Cizí' }],
    };
    const refused = await putAs(server, jana, families, {
      ...edited,
      updatedBy: jana.name,
      updatedAt: at,
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { reason: string }).reason).toContain('koordinátor');
    const accepted = await putAs(server, coordinator, families, {
      ...edited,
      updatedBy: coordinator.name,
      updatedAt: at,
    });
    expect(accepted.status).toBe(201);
    expect((await roster(families)).members.map((m) => m.displayName)).toEqual([
      'Jana Nová',
      'Někdo Cizí',
    ]);
  });
});
