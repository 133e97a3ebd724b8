/**
 * The plan database's access matrix against the real server through the /db proxy: every kind
 * of user × reading and each kind of write. 401 and 403 both count as "not allowed" (the
 * embedded server answers 401 where CouchDB 3 answers 403).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';
import { admin, asUser, putAs, uniqueOrp, type Who } from '../groups/group-support';
import {
  activityDoc,
  monitoringDoc,
  NOW,
  priorityDoc,
  proposalDoc,
} from '../../unit/lib/domain/plan/plan-fixtures';

type Actor = 'anonymous' | 'memberA' | 'memberB' | 'outsider' | 'coordinator' | 'editor' | 'admin';
type Action =
  | 'read'
  | 'writePriority'
  | 'openMonitoring'
  | 'monitoringA'
  | 'monitoringB'
  | 'approvedMonitoringA'
  | 'approveMonitoringA'
  | 'proposeMeasureA'
  | 'decideMeasure';
/** "y" allowed, "-" refused. */
type Cell = 'y' | '-';

// prettier-ignore
const EXPECTED: Record<Actor, Record<Action, Cell>> = {
  //           read  priority open  monA  monB  apprA  approve propose decide
  anonymous:   { read: '-', writePriority: '-', openMonitoring: '-', monitoringA: '-', monitoringB: '-', approvedMonitoringA: '-', approveMonitoringA: '-', proposeMeasureA: '-', decideMeasure: '-' },
  memberA:     { read: 'y', writePriority: '-', openMonitoring: '-', monitoringA: 'y', monitoringB: '-', approvedMonitoringA: '-', approveMonitoringA: '-', proposeMeasureA: 'y', decideMeasure: '-' },
  memberB:     { read: 'y', writePriority: '-', openMonitoring: '-', monitoringA: '-', monitoringB: 'y', approvedMonitoringA: '-', approveMonitoringA: '-', proposeMeasureA: '-', decideMeasure: '-' },
  outsider:    { read: '-', writePriority: '-', openMonitoring: '-', monitoringA: '-', monitoringB: '-', approvedMonitoringA: '-', approveMonitoringA: '-', proposeMeasureA: '-', decideMeasure: '-' },
  coordinator: { read: 'y', writePriority: 'y', openMonitoring: 'y', monitoringA: 'y', monitoringB: 'y', approvedMonitoringA: 'y', approveMonitoringA: 'y', proposeMeasureA: 'y', decideMeasure: 'y' },
  editor:      { read: '-', writePriority: '-', openMonitoring: '-', monitoringA: '-', monitoringB: '-', approvedMonitoringA: '-', approveMonitoringA: '-', proposeMeasureA: '-', decideMeasure: '-' },
  admin:       { read: 'y', writePriority: 'y', openMonitoring: 'y', monitoringA: 'y', monitoringB: 'y', approvedMonitoringA: 'y', approveMonitoringA: 'y', proposeMeasureA: 'y', decideMeasure: 'y' },
};

const ACTORS = Object.keys(EXPECTED) as Actor[];
const ACTIONS = Object.keys(EXPECTED.anonymous) as Action[];

describe('plan database access matrix', () => {
  let server: TestServer;
  const orp = uniqueOrp();
  const other = uniqueOrp();
  const db = `orp-${orp}-plan`;
  const who: Partial<Record<Actor, Who>> = {};
  let seq = 0;

  beforeAll(async () => {
    server = await startTestServer();
    // Each CLI run is a process start: run them side by side, ORPs before their groups.
    await Promise.all([
      admin(server, 'orp', 'add', orp, 'Testovací ORP'),
      admin(server, 'orp', 'add', other, 'Jiné ORP'),
    ]);
    await Promise.all([
      admin(server, 'group', 'add', orp, 'a', 'PS A'),
      admin(server, 'group', 'add', orp, 'b', 'PS B'),
      admin(server, 'group', 'add', other, 'a', 'PS A jinde'),
    ]);
    const roles: Record<Exclude<Actor, 'anonymous' | 'admin'>, string[]> = {
      memberA: [`orp:${orp}:group:a`, `orp:${orp}:member`],
      memberB: [`orp:${orp}:group:b`, `orp:${orp}:member`],
      outsider: [`orp:${other}:group:a`, `orp:${other}:member`],
      coordinator: [`orp:${orp}:coordinator`],
      editor: ['catalog:editor'],
    };
    for (const [actor, list] of Object.entries(roles)) {
      const name = uniqueName(actor.toLowerCase());
      await createUser(server, name, 'matrix-password', list);
      who[actor as Actor] = { name, password: 'matrix-password' };
    }
    who.admin = { name: server.admin.user, password: server.admin.password };
    for (const [code, group] of [
      ['1.1.1', 'a'],
      ['2.1.1', 'b'],
    ] as const) {
      await seed(activityDoc(code, group, 'koord'));
    }
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  /** Stores a document as the server admin; returns it with its revision. */
  async function seed<T extends Record<string, unknown>>(doc: T): Promise<T & { _rev: string }> {
    const response = await putAs(server, who.admin, db, doc);
    const body = (await response.json()) as { rev?: string; reason?: string };
    if (!body.rev) throw new Error(`seeding ${String(doc._id)} failed: ${body.reason ?? ''}`);
    return { ...doc, _rev: body.rev };
  }

  /** The document this actor writes for this action (seeding what it edits first). */
  async function attempt(action: Exclude<Action, 'read'>, actor: Actor): Promise<Response> {
    const name = who[actor]?.name ?? 'anonymous';
    const key = `${actor}-${++seq}`;
    const signed = { updatedBy: name, updatedAt: NOW };
    const put = (doc: Record<string, unknown>) => putAs(server, who[actor], db, doc);
    switch (action) {
      case 'writePriority':
        return put(priorityDoc(key, name, { number: '9' }));
      case 'openMonitoring':
        return put(monitoringDoc(2026, key, 'a', name));
      case 'monitoringA':
      case 'monitoringB': {
        const group = action === 'monitoringA' ? 'a' : 'b';
        const stored = await seed(monitoringDoc(2026, key, group, 'koord'));
        return put({ ...stored, ...signed, status: 'splneno', comment: 'Hotovo.' });
      }
      case 'approvedMonitoringA': {
        const stored = await seed(
          monitoringDoc(2026, key, 'a', 'koord', {
            status: 'splneno',
            approved: true,
            approvedBy: 'koord',
            approvedAt: NOW,
          }),
        );
        return put({ ...stored, ...signed, comment: 'Dopsáno po schválení.' });
      }
      case 'approveMonitoringA': {
        const stored = await seed(monitoringDoc(2026, key, 'a', 'koord', { status: 'splneno' }));
        return put({ ...stored, ...signed, approved: true, approvedBy: name, approvedAt: NOW });
      }
      case 'proposeMeasureA':
        return put(proposalDoc(key, name, 'a', { number: '9.1' }));
      case 'decideMeasure': {
        const stored = await seed(proposalDoc(key, 'navrhovatel', 'a', { number: '9.1' }));
        return put({ ...stored, ...signed, status: 'approved', decidedBy: name, decidedAt: NOW });
      }
    }
  }

  const cells = ACTORS.flatMap((actor) =>
    ACTIONS.map((action) => ({ actor, action, cell: EXPECTED[actor][action] })),
  );

  it.each(cells)('$actor: $action → $cell', async ({ actor, action, cell }) => {
    const response =
      action === 'read'
        ? await asUser(server, who[actor], `/${db}/_all_docs?limit=1`)
        : await attempt(action, actor);
    const status = response.status;
    if (![200, 201, 202].includes(status)) {
      expect([401, 403], `unexpected status ${status}: ${await response.text()}`).toContain(status);
    }
    const actual: Cell = [200, 201, 202].includes(status) ? 'y' : '-';
    expect(actual, `${actor} ${action}: ${status}`).toBe(cell);
  });
});
