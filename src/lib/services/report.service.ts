import type { ReportInput } from '$domain/reports/report.types';
import type { Reason } from '$domain/validation/validation.types';

export type SendOutcome =
  | { kind: 'sent' }
  /** The server refused the report itself (400): sending again will not help. */
  | { kind: 'refused'; reason: Reason }
  /** Offline, rate-limited or the server is down: keep it and try later. */
  | { kind: 'retry'; reason: string };

/** Sends one report to sync-server; never throws. */
export async function sendReport(report: ReportInput): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(report),
      cache: 'no-store',
      // A half-open connection (weak signal) must not keep the outbox "sending" forever.
      signal: AbortSignal.timeout(20_000),
    });
  } catch (error) {
    return { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
  }
  if (response.ok) return { kind: 'sent' };
  const body = (await response.json().catch(() => ({}))) as { reason?: Reason };
  if (response.status === 400 && body.reason) return { kind: 'refused', reason: body.reason };
  return { kind: 'retry', reason: `HTTP ${response.status}` };
}
