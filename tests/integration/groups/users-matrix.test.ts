/**
 * Access matrix, `_users` rows: what a signed-in person may do to accounts through the /db
 * proxy. Only admins change accounts (issue 13, defect 1): nobody else changes `roles`, `type`,
 * `name` or `_id`, their own or another's. `_users` keeps Apache CouchDB's default security
 * (members and admins: `_admin`), under which CouchDB lets a non-admin neither read nor write
 * even their own account: a member changes their own password through sync-server's
 * `POST /db/_rozcestnik/password` (own-password.test.ts has that "allowed" row), an admin with
 * `npm run admin -- user passwd` (admin-cli.test.ts). The embedded server used to make an account's owner `_admin` for
 * requests to their own document, so a member could give themselves any role; it must now
 * answer like CouchDB. 401, 403 and 404 (the embedded server hides system documents) count as
 * "refused"; every row also checks that the account's roles did not change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminGetJson, createUser, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';
import { admin, asUser, uniqueOrp, type Who } from './group-support';

type Actor = 'member' | 'nobody' | 'coordinator';

interface UserDoc extends Record<string, unknown> {
  _id: string;
  _rev: string;
  name: string;
  roles: string[];
  type: string;
}

interface Row {
  case: string;
  actor: Actor;
  /** Sends the request; the row's outcome is read from the answer's status. */
  send: (ctx: Ctx) => Promise<Response>;
}

interface Ctx {
  server: TestServer;
  who: Who;
  own: UserDoc;
  other: Who;
  orp: string;
  otherOrp: string;
}

const userPath = (name: string) => `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;

function putOwn(ctx: Ctx, changes: Record<string, unknown>): Promise<Response> {
  return asUser(ctx.server, ctx.who, userPath(ctx.who.name), {
    method: 'PUT',
    body: JSON.stringify({ ...ctx.own, ...changes }),
  });
}

const ROWS: Row[] = [
  {
    case: 'self: add own ORP coordinator role',
    actor: 'member',
    send: (ctx) => putOwn(ctx, { roles: [...ctx.own.roles, `orp:${ctx.orp}:coordinator`] }),
  },
  {
    case: "self: add another ORP's coordinator role",
    actor: 'nobody',
    send: (ctx) => putOwn(ctx, { roles: [`orp:${ctx.otherOrp}:coordinator`] }),
  },
  {
    case: 'self: add catalog:editor',
    actor: 'nobody',
    send: (ctx) => putOwn(ctx, { roles: ['catalog:editor'] }),
  },
  {
    case: 'self: drop own roles (any role change is an admin job)',
    actor: 'member',
    send: (ctx) => putOwn(ctx, { roles: [] }),
  },
  {
    case: 'self: add roles through _bulk_docs',
    actor: 'nobody',
    send: async (ctx) => {
      const response = await asUser(ctx.server, ctx.who, '/_users/_bulk_docs', {
        method: 'POST',
        body: JSON.stringify({ docs: [{ ...ctx.own, roles: ['catalog:editor'] }] }),
      });
      // _bulk_docs answers 201 with a per-document error: count that error as the answer.
      const text = await response.text();
      const refused = !response.ok || /"error"/.test(text);
      return new Response(text, { status: refused ? 403 : response.status });
    },
  },
  {
    case: 'self: change type',
    actor: 'member',
    send: (ctx) => putOwn(ctx, { type: 'admin' }),
  },
  {
    case: 'self: change name',
    actor: 'member',
    send: (ctx) => putOwn(ctx, { name: `${ctx.who.name}-x` }),
  },
  {
    case: 'self: copy own account to a new _id with roles',
    actor: 'member',
    send: (ctx) => {
      const name = `${ctx.who.name}-copy`;
      const { _rev: _ignored, ...doc } = ctx.own;
      return asUser(ctx.server, ctx.who, userPath(name), {
        method: 'PUT',
        body: JSON.stringify({
          ...doc,
          _id: `org.couchdb.user:${name}`,
          name,
          password: 'copy-password',
          roles: [`orp:${ctx.orp}:coordinator`],
        }),
      });
    },
  },
  {
    case: "another's account: change password",
    actor: 'coordinator',
    send: async (ctx) => {
      const doc = await adminGetJson<UserDoc>(ctx.server, userPath(ctx.other.name));
      return asUser(ctx.server, ctx.who, userPath(ctx.other.name), {
        method: 'PUT',
        body: JSON.stringify({ ...doc, password: 'taken-over' }),
      });
    },
  },
  {
    case: 'self: read own account',
    actor: 'member',
    send: (ctx) => asUser(ctx.server, ctx.who, userPath(ctx.who.name)),
  },
  {
    case: 'self: change own password by writing the account (own-password.test.ts instead)',
    actor: 'member',
    send: (ctx) => putOwn(ctx, { password: 'changed-password' }),
  },
];

describe('access matrix: _users', () => {
  let server: TestServer;
  const orp = uniqueOrp();
  const otherOrp = uniqueOrp();

  beforeAll(async () => {
    server = await startTestServer();
    await admin(server, 'orp', 'add', orp, 'Testovací ORP');
    await admin(server, 'orp', 'add', otherOrp, 'Jiné ORP');
    await admin(server, 'group', 'add', orp, 'a', 'PS A');
  });

  afterAll(async () => {
    await server?.stop();
  });

  const ROLES: Record<Actor, (orp: string) => string[]> = {
    member: (o) => [`orp:${o}:group:a`, `orp:${o}:member`],
    nobody: () => [],
    coordinator: (o) => [`orp:${o}:coordinator`],
  };

  async function signedInRoles(who: Who): Promise<string[]> {
    const response = await asUser(server, who, '/_session');
    const body = (await response.json()) as { userCtx: { name: string | null; roles: string[] } };
    expect(body.userCtx.name, `${who.name} still signs in with the same password`).toBe(who.name);
    return [...body.userCtx.roles].sort();
  }

  it.each(ROWS)('$actor — $case: refused', async (row) => {
    // Each row gets fresh accounts, so one row's change can never help another.
    const name = uniqueName(row.actor);
    const roles = ROLES[row.actor](orp);
    await createUser(server, name, 'matrix-password', roles);
    const otherName = uniqueName('other');
    await createUser(server, otherName, 'other-password', ROLES.member(orp));
    const who = { name, password: 'matrix-password' };
    const ctx: Ctx = {
      server,
      who,
      own: await adminGetJson<UserDoc>(server, userPath(name)),
      other: { name: otherName, password: 'other-password' },
      orp,
      otherOrp,
    };

    const response = await row.send(ctx);
    const text = await response.text();
    expect([401, 403, 404], `${row.case}: ${response.status} ${text}`).toContain(response.status);
    // Nothing changed: the same roles in a new session, the old passwords still valid.
    expect(await signedInRoles(who)).toEqual([...roles].sort());
    expect(await signedInRoles(ctx.other)).toEqual([...ROLES.member(orp)].sort());
    expect((await adminGetJson<UserDoc>(server, userPath(name))).roles.sort()).toEqual(
      [...roles].sort(),
    );
  });
});
