import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFetch } from '../support/couch';
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
    const accepted = Array.from({ length: 10 }, () => validReport());
    for (const report of accepted) {
      expect((await postReport(server, report)).status).toBe(201);
    }
    const eleventh = validReport();
    const refused = await postReport(server, eleventh);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { reason: { cs: string; en: string } };
    expect(body.reason.cs).toContain('Příliš mnoho hlášení');
    // The shared `reports` database holds other tests' reports too: look up this test's own.
    const stored = await Promise.all(
      [...accepted, eleventh].map(async (report) => {
        const response = await adminFetch(server, `/reports/report:${String(report.clientId)}`);
        return response.status;
      }),
    );
    expect(stored).toEqual([...Array<number>(10).fill(200), 404]);
  });
});
