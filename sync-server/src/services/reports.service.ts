import type { CouchClient } from '../couch/couch-client';
import { insertReport } from '../couch/reports.storage';
import { reportId, type ReportDoc } from '../../../src/lib/domain/reports/report.types';
import {
  validateReportInput,
  type ReportInputResult,
} from '../../../src/lib/domain/reports/report.validation';
import type { Reason } from '../../../src/lib/domain/validation/validation.types';

export type SubmitReportResult =
  { ok: true; id: string; duplicate: boolean } | { ok: false; reason: Reason };

/** Validates a browser's report and stores it in `reports` (editors only read it). */
export async function submitReport(
  client: CouchClient,
  input: unknown,
  now: Date = new Date(),
): Promise<SubmitReportResult> {
  const checked: ReportInputResult = validateReportInput(input);
  if (!checked.ok) return checked;
  const doc: ReportDoc = {
    ...checked.value,
    _id: reportId(checked.value.clientId),
    type: 'data-error-report',
    receivedAt: now.toISOString(),
    status: 'new',
  };
  const outcome = await insertReport(client, doc);
  return { ok: true, id: doc._id, duplicate: outcome === 'duplicate' };
}

/**
 * A fixed-window counter per client address. Deliberately simple and in memory: it stops a
 * script flooding editors from one address; several sync-server instances each count their own.
 */
export class RateLimiter {
  readonly #hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** Counts one attempt; returns seconds to wait when over the limit, else 0. */
  take(key: string, now: number = Date.now()): number {
    if (this.#hits.size > 10_000) this.#prune(now);
    const entry = this.#hits.get(key);
    if (!entry || entry.resetAt <= now) {
      this.#hits.set(key, { count: 1, resetAt: now + this.windowMs });
      return 0;
    }
    entry.count += 1;
    return entry.count > this.max ? Math.ceil((entry.resetAt - now) / 1000) : 0;
  }

  #prune(now: number): void {
    for (const [key, entry] of this.#hits) if (entry.resetAt <= now) this.#hits.delete(key);
  }
}
