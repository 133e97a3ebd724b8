import { randomUUID } from 'node:crypto';
import type { TestServer } from '../support/server';

/** A report as the app's outbox sends it. */
export function validReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    clientId: randomUUID(),
    serviceId: 'service:demo-pecovatelska-sluzba-dacice',
    serviceName: 'Pečovatelská služba Dačice (ukázka)',
    message: 'Telefon už neplatí, volejte prosím 384 000 111.',
    contact: 'Jana Nováková, 777 000 111',
    reportedAt: new Date().toISOString(),
    ...overrides,
  };
}

export function postReport(
  server: Pick<TestServer, 'baseUrl'>,
  body: unknown,
  contentType = 'application/json',
): Promise<Response> {
  return fetch(`${server.baseUrl}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
