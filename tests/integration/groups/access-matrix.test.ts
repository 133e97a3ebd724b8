/**
 * The access matrix: every kind of user × every database × read and write, against the real
 * server through the /db proxy. 401 and 403 both count as "not allowed" (the embedded server
 * answers 401 where CouchDB 3 answers 403).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';
import { admin, asUser, authored, meeting, putAs, uniqueOrp, type Who } from './group-support';

type Actor = 'anonymous' | 'memberA' | 'memberB' | 'coordinator' | 'editor' | 'admin';
type Db = 'catalog' | 'plan' | 'groupA' | 'groupB' | '_users';
/** "rw" read and write, "r-" read only, "--" neither. */
type Cell = 'rw' | 'r-' | '--';

// prettier-ignore
const EXPECTED: Record<Actor, Record<Db, Cell>> = {
  //            catalog     plan        groupA        groupB        _users
  anonymous:   { catalog: 'r-', plan: '--', groupA: '--', groupB: '--', _users: '--' },
  memberA:     { catalog: 'r-', plan: 'r-', groupA: 'rw', groupB: '--', _users: '--' },
  memberB:     { catalog: 'r-', plan: 'r-', groupA: '--', groupB: 'rw', _users: '--' },
  coordinator: { catalog: 'r-', plan: 'rw', groupA: 'rw', groupB: 'rw', _users: '--' },
  editor:      { catalog: 'rw', plan: '--', groupA: '--', groupB: '--', _users: '--' },
  admin:       { catalog: 'rw', plan: 'rw', groupA: 'rw', groupB: 'rw', _users: 'rw' },
};

const ACTORS = Object.keys(EXPECTED) as Actor[];
const DBS = Object.keys(EXPECTED.anonymous) as Db[];

describe('access matrix', () => {
  let server: TestServer;
  const orp = uniqueOrp();
  const dbNames: Record<Db, string> = {
    catalog: 'catalog',
    plan: `orp-${orp}-plan`,
    groupA: `orp-${orp}-group-a`,
    groupB: `orp-${orp}-group-b`,
    _users: '_users',
  };
  const who: Partial<Record<Actor, Who>> = {};

  beforeAll(async () => {
    server = await startTestServer();
    await admin(server, 'orp', 'add', orp, 'Testovací ORP');
    await Promise.all([
      admin(server, 'group', 'add', orp, 'a', 'PS A'),
      admin(server, 'group', 'add', orp, 'b', 'PS B'),
    ]);
    const roles: Record<Exclude<Actor, 'anonymous' | 'admin'>, string[]> = {
      memberA: [`orp:${orp}:group:a`, `orp:${orp}:member`],
      memberB: [`orp:${orp}:group:b`, `orp:${orp}:member`],
      coordinator: [`orp:${orp}:coordinator`],
      editor: ['catalog:editor'],
    };
    for (const [actor, list] of Object.entries(roles)) {
      const name = uniqueName(actor.toLowerCase());
      await createUser(server, name, 'matrix-password', list);
      who[actor as Actor] = { name, password: 'matrix-password' };
    }
    who.admin = { name: server.admin.user, password: server.admin.password };
  });

  afterAll(async () => {
    await server?.stop();
  });

  /** A document this actor would legitimately write to this database. */
  function probeDoc(db: Db, actor: Actor): Record<string, unknown> {
    const key = `${actor}-${Math.random().toString(36).slice(2, 8)}`;
    const name = who[actor]?.name ?? 'anonymous';
    switch (db) {
      case 'catalog':
        return {
          _id: `territory:region:matrix-${key}`,
          type: 'territory',
          level: 'region',
          key: `matrix-${key}`,
          name: 'Testovací kraj',
          updatedAt: '2026-11-22T10:00:00.000Z',
        };
      case 'plan':
        return {
          _id: `priority:${key}`,
          type: 'priority',
          number: '1',
          order: 1,
          texts: { '2026': { title: 'Zkušební priorita' } },
          ...authored(name),
        };
      case 'groupA':
      case 'groupB':
        return meeting(key, name);
      case '_users': {
        const user = uniqueName('probe');
        return {
          _id: `org.couchdb.user:${user}`,
          name: user,
          password: 'x-password',
          roles: [],
          type: 'user',
        };
      }
    }
  }

  const cells = ACTORS.flatMap((actor) =>
    DBS.map((db) => ({ actor, db, cell: EXPECTED[actor][db] })),
  );

  it.each(cells)('$actor on $db: $cell', async ({ actor, db, cell }) => {
    const read = await asUser(server, who[actor], `/${dbNames[db]}/_all_docs?limit=1`);
    const write = await putAs(server, who[actor], dbNames[db], probeDoc(db, actor));
    const allowed = (status: number) => {
      if (status === 200 || status === 201 || status === 202) return true;
      expect([401, 403], `unexpected status ${status}`).toContain(status);
      return false;
    };
    const actual = `${allowed(read.status) ? 'r' : '-'}${allowed(write.status) ? 'w' : '-'}`;
    expect(actual, `${actor} on ${dbNames[db]}: ${await write.text()}`).toBe(cell);
  });

  // prettier-ignore
  /** The roster of group A (who belongs): its members read it, only coordinators write it. */
  const ROSTER: Record<Actor, Cell> = {
    anonymous: '--', memberA: 'r-', memberB: '--', coordinator: 'rw', editor: '--', admin: 'rw',
  };

  /** The roster as `actor` would write it, on top of the stored revision (if any). */
  async function rosterWrite(actor: Actor): Promise<Response> {
    const db = dbNames.groupA;
    const stored = await asUser(server, who.admin, `/${db}/roster`);
    const previous = stored.ok
      ? ((await stored.json()) as { _rev: string; createdBy: string; createdAt: string })
      : undefined;
    const name = who[actor]?.name ?? 'anonymous';
    // The author stays as stored (createdBy is fixed): only the roster rule may refuse.
    const doc = {
      _id: 'roster',
      type: 'roster',
      members: [{ name, displayName: `Zapsal(a) ${actor}` }],
      ...authored(name),
      ...(previous
        ? { _rev: previous._rev, createdBy: previous.createdBy, createdAt: previous.createdAt }
        : {}),
    };
    return putAs(server, who[actor], db, doc);
  }

  // Sequential: each write builds on the revision the previous one left.
  it.each(ACTORS.map((actor) => ({ actor, cell: ROSTER[actor] })))(
    'roster of groupA, $actor: $cell',
    async ({ actor, cell }) => {
      // A roster to read exists whatever the order (the admin writes one first).
      if ((await asUser(server, who.admin, `/${dbNames.groupA}/roster`)).status === 404) {
        expect((await rosterWrite('admin')).status).toBe(201);
      }
      const read = await asUser(server, who[actor], `/${dbNames.groupA}/roster`);
      const write = await rosterWrite(actor);
      const readable = read.status === 200;
      if (!readable) expect([401, 403]).toContain(read.status);
      const writable = write.status === 201 || write.status === 202;
      if (!writable) expect([401, 403]).toContain(write.status);
      const actual = `${readable ? 'r' : '-'}${writable ? 'w' : '-'}`;
      const body = await write.text();
      expect(actual, `${actor}: ${body}`).toBe(cell);
      // The group's own member is refused by the roster rule, not by anything else.
      if (actor === 'memberA')
        expect(body).toContain('Only a coordinator may change the group roster');
    },
  );
});
