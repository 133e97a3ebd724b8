import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminGetJson } from '../support/couch';
import { startTestServer, type TestServer } from '../support/server';
import { postReport, validReport } from './reports-support';

describe('POST /api/reports rate limit', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('accepts ten reports from one address, then answers 429 with a reason and Retry-After', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await postReport(server, validReport())).status).toBe(201);
    }
    const refused = await postReport(server, validReport());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { reason: { cs: string; en: string } };
    expect(body.reason.cs).toContain('Příliš mnoho hlášení');
    const all = await adminGetJson<{ rows: { id: string }[] }>(server, '/reports/_all_docs');
    expect(all.rows.filter((row) => row.id.startsWith('report:'))).toHaveLength(10);
  });
});
