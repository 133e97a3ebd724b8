import type { ReportInput } from '$domain/reports/report.types';
import { validateReportInput } from '$domain/reports/report.validation';
import type { Reason } from '$domain/validation/validation.types';
import type { ReportOutboxRow } from '$lib/data/dexie/report-outbox.table';
import { deviceData } from '$lib/data/device-data.client';
import { sendReport } from '$lib/services/report.service';
import { OutboxSchedule } from './outbox-schedule';

// The outbox is read and written through the catalogue sync worker (device-data.client.ts):
// DeviceNav starts this state from the root layout, and Dexie on the page would be on every
// page's load; a report is then also saved offline before the service worker cached anything.

export interface NewReport {
  serviceId: string;
  serviceName: string;
  message: string;
  contact: string;
}

/**
 * Data-error reports: written to the device's outbox first (works offline), sent to sync-server
 * when online, removed only once the server confirmed it stored them.
 */
class ReportsState {
  outbox = $state.raw<ReportOutboxRow[]>([]);
  sending = $state(false);
  /** Reports sent from this page since it loaded (for the confirmation message). */
  sentCount = $state(0);
  pending = $derived(this.outbox.length);
  #started = false;
  readonly #schedule = new OutboxSchedule(
    () => this.#flushAll(),
    () => this.outbox.length > 0,
  );

  start(): void {
    if (this.#started) return;
    this.#started = true;
    const onError = (error: unknown) => console.error('report outbox', error);
    let first = true;
    deviceData.observe(
      { kind: 'outbox' },
      (rows) => {
        this.outbox = rows;
        // Reports left over from an earlier visit go out now (an empty outbox loads nothing).
        if (first && rows.length > 0) void this.flush();
        first = false;
      },
      onError,
    );
    this.#schedule.start();
  }

  /** Checks with the same rules the server uses; stores it in the outbox; sends if online. */
  async submit(report: NewReport): Promise<{ ok: true } | { ok: false; reason: Reason }> {
    const input: ReportInput = {
      clientId: crypto.randomUUID(),
      serviceId: report.serviceId,
      serviceName: report.serviceName,
      message: report.message,
      reportedAt: new Date().toISOString(),
    };
    if (report.contact.trim()) input.contact = report.contact;
    const checked = validateReportInput(input);
    if (!checked.ok) return checked;
    await deviceData.write('addToOutbox', checked.value);
    void this.flush();
    return { ok: true };
  }

  /** Sends every waiting report once; concurrent callers share the same run. */
  flush(): Promise<void> {
    return this.#schedule.flush();
  }

  async #flushAll(): Promise<void> {
    this.sending = true;
    try {
      for (const row of await deviceData.read({ kind: 'outbox' })) {
        if (row.id === undefined) continue;
        const outcome = await sendReport(row.payload as ReportInput);
        if (outcome.kind === 'sent') {
          await deviceData.write('removeFromOutbox', row.id);
          this.#schedule.sent();
          this.sentCount += 1;
        } else if (outcome.kind === 'refused') {
          // Kept (never silently lost) with the server's reason; settings shows it.
          await deviceData.write(
            'markOutboxAttempt',
            row.id,
            `${outcome.reason.cs} / ${outcome.reason.en}`,
          );
        } else {
          await deviceData.write('markOutboxAttempt', row.id, outcome.reason);
          this.#schedule.failed();
          break; // offline or server busy: the rest would fail the same way
        }
      }
    } finally {
      this.sending = false;
    }
  }
}

export const reports = new ReportsState();
