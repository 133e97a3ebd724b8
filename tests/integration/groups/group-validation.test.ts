/**
 * validate_doc_update of a working group's database on the real server: membership,
 * authorship (no spoofed createdBy/updatedBy), schema, and the approval lock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';
import {
  admin,
  agendaItem,
  asUser,
  meeting,
  putAs,
  reasonOf,
  uniqueOrp,
  type Who,
} from './group-support';

describe('working-group validation', () => {
  let server: TestServer;
  const orp = uniqueOrp();
  const db = `orp-${orp}-group-a`;
  const pw = 'validation-password';
  const memberA: Who = { name: uniqueName('eva'), password: pw };
  const memberB: Who = { name: uniqueName('petr'), password: pw };
  const coordinator: Who = { name: uniqueName('koordinatorka'), password: pw };

  beforeAll(async () => {
    server = await startTestServer();
    await admin(server, 'orp', 'add', orp, 'Testovací ORP');
    await Promise.all([
      admin(server, 'group', 'add', orp, 'a', 'PS A'),
      admin(server, 'group', 'add', orp, 'b', 'PS B'),
    ]);
    await createUser(server, memberA.name, pw, [`orp:${orp}:group:a`, `orp:${orp}:member`]);
    await createUser(server, memberB.name, pw, [`orp:${orp}:group:b`, `orp:${orp}:member`]);
    await createUser(server, coordinator.name, pw, [`orp:${orp}:coordinator`]);
  });

  afterAll(async () => {
    await server?.stop();
  });

  async function current(id: string): Promise<Record<string, unknown>> {
    return (await (
      await asUser(server, coordinator, `/${db}/${encodeURIComponent(id)}`)
    ).json()) as Record<string, unknown>;
  }

  it('refuses a member of another group and anonymous writers', async () => {
    expect([401, 403]).toContain(
      (await putAs(server, memberB, db, meeting('b-try', memberB.name))).status,
    );
    expect([401, 403]).toContain(
      (await putAs(server, undefined, db, meeting('anon-try', 'anonymous'))).status,
    );
  });

  it('refuses a spoofed createdBy or updatedBy with a reason in Czech and English', async () => {
    const spoofed = await putAs(
      server,
      memberA,
      db,
      meeting('spoof', memberA.name, { createdBy: coordinator.name }),
    );
    expect(spoofed.status).toBe(403);
    expect(await reasonOf(spoofed)).toContain(
      'createdBy musí být jméno přihlášeného uživatele. / createdBy must be the signed-in user.',
    );

    const created = await putAs(server, memberA, db, meeting('spoof2', memberA.name));
    expect(created.status).toBe(201);
    const doc = await current('meeting:spoof2');
    const rewritten = await putAs(server, memberA, db, { ...doc, createdBy: memberB.name });
    expect(await reasonOf(rewritten)).toContain('createdBy cannot change');
    const otherEditor = await putAs(server, memberA, db, { ...doc, updatedBy: coordinator.name });
    expect(await reasonOf(otherEditor)).toContain('updatedBy must be the signed-in user');
  });

  it('refuses documents that break the schema', async () => {
    const response = await putAs(
      server,
      memberA,
      db,
      meeting('no-date', memberA.name, { date: '25. 11.' }),
    );
    expect(response.status).toBe(403);
    expect(await reasonOf(response)).toContain('A meeting needs a date (YYYY-MM-DD).');
  });

  it('locks approved minutes: members are refused, the coordinator edits and reopens', async () => {
    expect((await putAs(server, memberA, db, meeting('m1', memberA.name))).status).toBe(201);
    expect((await putAs(server, memberA, db, agendaItem('m1', 1, memberA.name))).status).toBe(201);

    // A member cannot approve.
    const draft = await current('meeting:m1');
    const byMember = await putAs(server, memberA, db, {
      ...draft,
      status: 'approved',
      approvedBy: memberA.name,
      approvedAt: '2026-11-25T16:00:00.000Z',
    });
    expect(byMember.status).toBe(403);
    expect(await reasonOf(byMember)).toContain(
      'Only a coordinator may approve, change or reopen approved minutes.',
    );

    // The coordinator approves: the meeting and its children in one _bulk_docs.
    const item = await current('agenda-item:m1:1');
    const stamp = { updatedBy: coordinator.name, updatedAt: '2026-11-25T16:00:00.000Z' };
    const approve = await asUser(server, coordinator, `/${db}/_bulk_docs`, {
      method: 'POST',
      body: JSON.stringify({
        docs: [
          {
            ...draft,
            ...stamp,
            status: 'approved',
            approvedBy: coordinator.name,
            approvedAt: stamp.updatedAt,
          },
          { ...item, ...stamp, locked: true },
        ],
      }),
    });
    const results = (await approve.json()) as { ok?: boolean; error?: string }[];
    expect(
      results.every((r) => r.ok),
      JSON.stringify(results),
    ).toBe(true);

    // Members can no longer change, unlock or delete any of it.
    const approved = await current('meeting:m1');
    const locked = await current('agenda-item:m1:1');
    const memberStamp = { updatedBy: memberA.name, updatedAt: '2026-11-26T08:00:00.000Z' };
    for (const attempt of [
      { ...approved, ...memberStamp, title: 'Přepsáno' },
      { ...approved, ...memberStamp, status: 'draft' },
      { ...locked, ...memberStamp, notes: 'Dopsáno po schválení' },
      { ...locked, ...memberStamp, locked: false },
      { _id: locked._id, _rev: locked._rev, _deleted: true },
      agendaItem('m1', 2, memberA.name, { locked: true }),
    ]) {
      const response = await putAs(server, memberA, db, attempt);
      expect(response.status, JSON.stringify(attempt)).toBe(403);
      expect(await reasonOf(response)).toContain('Schválený zápis může měnit');
    }

    // The coordinator corrects the approved minutes, then reopens them.
    const corrected = await putAs(server, coordinator, db, {
      ...locked,
      ...stamp,
      notes: 'Oprava',
    });
    expect(corrected.status).toBe(201);
    const reopened = await putAs(server, coordinator, db, {
      ...approved,
      ...stamp,
      status: 'draft',
      approvedBy: undefined,
      approvedAt: undefined,
    });
    expect(reopened.status).toBe(201);
    const unlocked = await putAs(server, coordinator, db, {
      ...(await current('agenda-item:m1:1')),
      ...stamp,
      locked: false,
    });
    expect(unlocked.status).toBe(201);

    // After reopening, members write again.
    const again = await putAs(server, memberA, db, {
      ...(await current('meeting:m1')),
      ...memberStamp,
      title: 'Upraveno',
    });
    expect(again.status).toBe(201);
  });

  it('applies the same rules on the replication path (_bulk_docs, new_edits: false)', async () => {
    const push = (doc: Record<string, unknown>) =>
      asUser(server, memberA, `/${db}/_bulk_docs`, {
        method: 'POST',
        body: JSON.stringify({ docs: [doc], new_edits: false }),
      });
    const rev = `1-${'a'.repeat(32)}`;
    const legit = await push({ ...meeting('pushed', memberA.name), _rev: rev });
    expect(legit.status).toBe(201);
    expect((await current('meeting:pushed'))._rev).toBe(rev);

    const spoofed = await push({
      ...meeting('pushed-spoof', memberA.name, { createdBy: coordinator.name }),
      _rev: rev,
    });
    const [result] = (await spoofed.json()) as { error?: string; reason?: string }[];
    expect(result).toMatchObject({ error: 'forbidden' });
    expect(result?.reason).toContain('createdBy must be the signed-in user');
  });
});
