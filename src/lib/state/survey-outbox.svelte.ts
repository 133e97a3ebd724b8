import type { SurveyAnswerInput } from '$domain/surveys/survey.types';
import type { Reason } from '$domain/validation/validation.types';
import type { SurveyOutboxRow } from '$lib/data/dexie/survey-device.table';
import { deviceData } from '$lib/data/device-data.client';
import {
  requestSurveyToken,
  sendSurveyAnswer,
  type AnswerOutcome,
} from '$lib/services/survey.service';
import { OutboxSchedule } from './outbox-schedule';

export type QueuedAnswer = Omit<SurveyAnswerInput, 'deviceToken'>;

/**
 * Survey answers on their way to sync-server, like the data-error reports' outbox: each answer
 * is written to the device first (Dexie through the sync worker), then sent; it leaves the
 * device only when the server says 201/200. A final refusal (400/404/410) stays, marked with
 * the reason, until the person discards it in Settings. The device token is added when sending,
 * so answers filled before the device ever had a token still go out.
 */
class SurveyOutboxState {
  outbox = $state.raw<SurveyOutboxRow[]>([]);
  sending = $state(false);
  pending = $derived(this.outbox.filter((row) => !row.refused).length);
  #started = false;
  readonly #schedule = new OutboxSchedule(
    () => this.#flushAll(),
    () => this.pending > 0,
  );
  /** Outcomes of this page's sends, by outbox id (the form shows its own). */
  #outcomes = new Map<number, AnswerOutcome>();

  start(): void {
    if (this.#started) return;
    this.#started = true;
    const onError = (error: unknown) => console.error('survey outbox', error);
    let first = true;
    deviceData.observe(
      { kind: 'survey-outbox' },
      (rows) => {
        this.outbox = rows;
        if (first && rows.some((row) => !row.refused)) void this.flush();
        first = false;
      },
      onError,
    );
    this.#schedule.start();
  }

  /** The device token, asked for once per device; undefined while offline. */
  async token(): Promise<string | undefined> {
    const stored = await deviceData.read({ kind: 'survey-token' });
    if (stored) return stored;
    const fresh = await requestSurveyToken();
    if (fresh) await deviceData.write('saveSurveyToken', fresh);
    return fresh;
  }

  /**
   * Stores the answer on the device and tries to send it at once. Returns what happened to it:
   * sent, waiting (offline or busy: it stays in the outbox) or refused (removed again, so the
   * person can correct it in the form that still holds it).
   */
  async submit(
    orp: string,
    survey: string,
    title: string,
    answer: QueuedAnswer,
  ): Promise<
    { kind: 'sent' } | { kind: 'waiting' } | { kind: 'refused'; reason: Reason; question?: string }
  > {
    const id = await deviceData.write('addToSurveyOutbox', { orp, survey, title, payload: answer });
    await this.flush();
    // A flush already under way may have read the outbox before this answer was in it.
    if (!this.#outcomes.has(id) && navigator.onLine) await this.flush();
    const outcome = this.#outcomes.get(id);
    this.#outcomes.delete(id);
    if (outcome?.kind === 'sent') return { kind: 'sent' };
    if (outcome?.kind === 'refused') {
      await deviceData.write('removeFromSurveyOutbox', id);
      return outcome;
    }
    return { kind: 'waiting' };
  }

  /** Drops an answer the server refused for good (the person saw why). */
  async discard(id: number): Promise<void> {
    await deviceData.write('removeFromSurveyOutbox', id);
  }

  flush(): Promise<void> {
    return this.#schedule.flush();
  }

  async #send(row: SurveyOutboxRow): Promise<AnswerOutcome> {
    const payload = row.payload as QueuedAnswer;
    for (let attempt = 0; attempt < 2; attempt++) {
      const deviceToken = await this.token();
      if (!deviceToken) return { kind: 'retry', reason: 'no device token' };
      const outcome = await sendSurveyAnswer(row.orp, row.survey, { ...payload, deviceToken });
      if (outcome.kind !== 'token') return outcome;
      await deviceData.write('saveSurveyToken', undefined); // expired: ask for a new one
    }
    return { kind: 'retry', reason: 'device token refused' };
  }

  async #flushAll(): Promise<void> {
    this.sending = true;
    try {
      for (const row of await deviceData.read({ kind: 'survey-outbox' })) {
        if (row.id === undefined || row.refused) continue;
        const outcome = await this.#send(row);
        this.#outcomes.set(row.id, outcome);
        if (outcome.kind === 'sent') {
          await deviceData.write('removeFromSurveyOutbox', row.id);
          this.#schedule.sent();
        } else if (outcome.kind === 'refused') {
          await deviceData.write(
            'markSurveyOutboxAttempt',
            row.id,
            `${outcome.reason.cs} / ${outcome.reason.en}`,
            true,
          );
        } else {
          await deviceData.write(
            'markSurveyOutboxAttempt',
            row.id,
            outcome.kind === 'retry' ? outcome.reason : 'token',
          );
          this.#schedule.failed();
          break;
        }
      }
    } finally {
      this.sending = false;
    }
  }
}

export const surveyOutbox = new SurveyOutboxState();
