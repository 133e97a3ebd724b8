/**
 * A survey's result as evidence of an activity's monitoring (issue 16): the plan database's
 * validate_doc_update (the shared validation compiled for CouchDB) accepts a `survey` piece of
 * evidence pointing at the ORP's surveys database and refuses one pointing anywhere else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';
import { admin, putAs, reasonOf, uniqueOrp, type Who } from '../groups/group-support';
import { monitoringDoc, NOW } from '../../unit/lib/domain/plan/plan-fixtures';

describe('survey evidence in the plan database', () => {
  let server: TestServer;
  const orp = uniqueOrp();
  const db = `orp-${orp}-plan`;
  let coordinator: Who;

  beforeAll(async () => {
    server = await startTestServer();
    await admin(server, 'orp', 'add', orp, 'Testovací ORP');
    coordinator = { name: uniqueName('koord'), password: 'evidence-password' };
    await createUser(server, coordinator.name, coordinator.password, [`orp:${orp}:coordinator`]);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  async function withEvidence(code: string, evidence: Record<string, unknown>): Promise<Response> {
    const opened = monitoringDoc(2026, code, 'a', coordinator.name);
    const first = await putAs(server, coordinator, db, opened);
    expect(first.status).toBe(201);
    const { rev } = (await first.json()) as { rev: string };
    return putAs(server, coordinator, db, {
      ...opened,
      _rev: rev,
      evidence: [evidence],
      updatedBy: coordinator.name,
      updatedAt: NOW,
    });
  }

  it('accepts a survey of the ORP as evidence', async () => {
    const response = await withEvidence('1.1.1', {
      kind: 'survey',
      label: 'Anketa „Potřeba odlehčovací služby“: 120 respondentů',
      db: `orp-${orp}-surveys`,
      ref: 'survey:ab12cd34',
    });
    expect(response.status).toBe(201);
  });

  it('refuses survey evidence without a surveys database, with a reason in both languages', async () => {
    const response = await withEvidence('1.1.2', {
      kind: 'survey',
      label: 'Anketa',
      db: `orp-${orp}-plan`,
      ref: 'survey:ab12cd34',
    });
    expect(response.status).toBe(403);
    const reason = await reasonOf(response);
    expect(reason).toContain('anketa svou anketu');
    expect(reason).toContain('a survey its survey id and surveys database');
  });
});
