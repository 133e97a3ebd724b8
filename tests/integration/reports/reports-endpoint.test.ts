import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFetch, adminGetJson, basicAuth, createUser, uniqueName } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';
import { postReport, validReport } from './reports-support';

interface ErrorBody {
  error: string;
  reason: { cs: string; en: string };
}

// This file sends exactly ten requests, the per-address limit (the rate-limit file tests more).
// `reports` is one database shared with every other test (and, on Apache CouchDB, earlier runs):
// each test looks only at the ids of the reports it sent.
describe('POST /api/reports', () => {
  let server: TestServer;
  /** Client ids of the reports this file sent that must have been refused. */
  const refused: string[] = [];
  const refusedReport = (change: Record<string, unknown>) => {
    const report = validReport(change);
    refused.push(String(report.clientId));
    return report;
  };

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('stores a valid report in `reports`, where an admin finds it unchanged', async () => {
    const report = validReport();
    const response = await postReport(server, { ...report, injected: 'dropped' });
    expect(response.status).toBe(201);
    const stored = await adminGetJson(server, `/reports/report:${String(report.clientId)}`);
    expect(stored).toMatchObject({
      ...report,
      type: 'data-error-report',
      status: 'new',
    });
    expect(stored).not.toHaveProperty('injected');
    expect(typeof stored.receivedAt).toBe('string');
  });

  it('stores a report sent twice (lost answer) only once', async () => {
    const report = validReport();
    expect((await postReport(server, report)).status).toBe(201);
    expect((await postReport(server, report)).status).toBe(200);
    const all = await adminGetJson<{ rows: { id: string }[] }>(server, '/reports/_all_docs');
    expect(all.rows.filter((r) => r.id === `report:${String(report.clientId)}`)).toHaveLength(1);
  });

  it('keeps reports from anonymous visitors and non-editors, lets editors read them', async () => {
    const anonymous = await fetch(`${server.baseUrl}/db/reports/_all_docs`);
    expect([401, 403]).toContain(anonymous.status);

    const member = await createUser(server, uniqueName('member'), 'member-password-1', [
      'orp:dacice:member',
    ]);
    const asMember = await fetch(`${server.baseUrl}/db/reports/_all_docs`, {
      headers: { authorization: basicAuth(member.user, member.password) },
    });
    expect([401, 403]).toContain(asMember.status);

    const editor = await createUser(server, uniqueName('editor'), 'editor-password-1', [
      'catalog:editor',
    ]);
    const asEditor = await fetch(`${server.baseUrl}/db/reports/_all_docs`, {
      headers: { authorization: basicAuth(editor.user, editor.password) },
    });
    expect(asEditor.status).toBe(200);
  });

  it('refuses direct writes into `reports` by anyone but editors and admins', async () => {
    const report = validReport();
    const doc = {
      ...report,
      _id: `report:${String(report.clientId)}`,
      type: 'data-error-report',
      receivedAt: new Date().toISOString(),
      status: 'new',
    };
    const anonymous = await fetch(`${server.baseUrl}/db/reports/${doc._id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(doc),
    });
    expect([401, 403]).toContain(anonymous.status);
    const bad = await adminFetch(server, `/reports/report:abcdefgh-1`, {
      method: 'PUT',
      body: JSON.stringify({ ...doc, _id: 'report:abcdefgh-1', status: 'whatever' }),
    });
    expect(bad.status).toBe(403);
  });

  it.each([
    ['no description', { message: '   ' }, 'Napište prosím, co je v údajích špatně.'],
    ['a description over 2000 characters', { message: 'x'.repeat(2001) }, 'příliš dlouhý'],
    ['a malformed service id', { serviceId: '../_users' }, 'služba'],
    ['a missing report time', { reportedAt: 'včera' }, 'Chybí čas nahlášení.'],
  ])('answers 400 with a Czech and English reason for %s', async (_name, change, czech) => {
    const response = await postReport(server, refusedReport(change));
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.reason.cs).toContain(czech);
    expect(body.reason.en.length).toBeGreaterThan(5);
    expect(body.error).toBe(`${body.reason.cs} / ${body.reason.en}`);
  });

  it('answers 400 in words for an oversize body, malformed JSON and a non-JSON body', async () => {
    const huge = await postReport(server, refusedReport({ contact: 'x'.repeat(40_000) }));
    expect(huge.status).toBe(400);
    expect(((await huge.json()) as ErrorBody).reason.cs).toContain('příliš velké');

    const malformed = await postReport(server, '{"message": ');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorBody).reason.en).toContain('not valid JSON');

    const form = await postReport(server, 'message=hi', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(400);
    expect(((await form.json()) as ErrorBody).reason.cs).toContain('JSON');
  });

  it('stored nothing for refused reports', async () => {
    expect(refused).toHaveLength(5);
    for (const clientId of refused) {
      const response = await adminFetch(server, `/reports/report:${clientId}`);
      expect(response.status, clientId).toBe(404);
    }
  });
});
