import { answerErrors, type AnswerContext } from '$domain/surveys/survey-answer.validation';
import type { PlanningOrpDoc } from '$domain/planning/planning.types';
import type { AnswerChannel, AnswerValue, SurveyQuestion } from '$domain/surveys/survey.types';
import type { Reason } from '$domain/validation/validation.types';
import { deviceData } from '$lib/data/device-data.client';
import { fetchSurvey, type PublicSurvey } from '$lib/services/survey.service';
import { surveyOutbox } from './survey-outbox.svelte';
import { taxonomy } from './taxonomy.svelte';

export type AnsweringPhase =
  'loading' | 'ready' | 'sending' | 'sent' | 'waiting' | 'unavailable' | 'offline';

/** What the form holds per question: strings from inputs, a list for several choices. */
export type FormValue = string | string[];

function definitionKey(orp: string, key: string): string {
  return `${orp}/${key}`;
}

/**
 * One survey being answered at `/ankety/<orp>/<key>`: the definition (from the server, or the
 * device's copy when offline), the form's values, per-question errors and the outcome. In
 * field-worker mode the definition is kept on the device and answers are queued offline;
 * every answer goes through the outbox either way, so none is lost on a bad connection.
 */
export class SurveyAnswering {
  phase = $state<AnsweringPhase>('loading');
  survey = $state.raw<PublicSurvey | undefined>();
  unavailableReason = $state.raw<Reason | undefined>();
  values = $state<Record<string, FormValue>>({});
  errors = $state.raw<Record<string, Reason>>({});
  /** A refusal not tied to one question (the server's reason). */
  formError = $state.raw<Reason | undefined>();
  fieldMode = $state(false);
  /** The definition is stored on this device (field-worker mode). */
  stored = $state(false);

  readonly orp: string;
  readonly key: string;

  constructor(orp: string, key: string) {
    this.orp = orp;
    this.key = key;
  }

  /** The ORP's territory key, from its public planning record (the code until it is read). */
  territoryKey = $state<string | undefined>();
  #stop: (() => void) | undefined;

  /** The ORP's municipalities, for the municipality question. */
  get municipalities() {
    return taxonomy.municipalitiesOf(this.territoryKey ?? this.orp);
  }

  /** The keys an answer may name: the same the server checks against. */
  get context(): AnswerContext {
    return {
      municipalities: this.municipalities.map((m) => m.key),
      ageGroups: taxonomy.ageGroups.map((a) => a.key),
      targetGroups: taxonomy.targetGroups.map((g) => g.key),
    };
  }

  stop(): void {
    this.#stop?.();
  }

  get channel(): AnswerChannel {
    if (this.fieldMode) return 'interview';
    return this.survey?.audience === 'providers' ? 'provider' : 'public';
  }

  /**
   * What was typed is kept for the tab (sessionStorage) until it is sent: a reload or leaving
   * and coming back loses nothing, and closing the tab on a shared phone forgets it.
   */
  get #draftKey(): string {
    return `survey-draft:${definitionKey(this.orp, this.key)}`;
  }

  saveDraft(): void {
    const text = JSON.stringify(this.values);
    if (this.phase !== 'ready') return;
    try {
      if (text === '{}') sessionStorage.removeItem(this.#draftKey);
      else sessionStorage.setItem(this.#draftKey, text);
    } catch {
      // Storage refused (private mode, full): the form still holds the answers.
    }
  }

  #restoreDraft(): void {
    try {
      const stored = JSON.parse(sessionStorage.getItem(this.#draftKey) ?? '{}') as unknown;
      if (typeof stored !== 'object' || stored === null) return;
      const ids = this.survey?.questions.map((q) => q.id) ?? [];
      const values: Record<string, FormValue> = {};
      for (const [id, value] of Object.entries(stored as Record<string, unknown>)) {
        if (ids.includes(id) && (typeof value === 'string' || Array.isArray(value))) {
          values[id] = value as FormValue;
        }
      }
      this.values = values;
    } catch {
      // A broken draft is ignored.
    }
  }

  #clearDraft(): void {
    try {
      sessionStorage.removeItem(this.#draftKey);
    } catch {
      // Nothing stored.
    }
  }

  async load(): Promise<void> {
    this.phase = 'loading';
    surveyOutbox.start();
    taxonomy.start();
    this.#stop ??= deviceData.observeEntries(
      'planning-orp',
      (rows) => {
        const record = rows
          .map((row) => row.doc as PlanningOrpDoc)
          .find((doc) => doc.orp === this.orp);
        this.territoryKey = record?.territory;
      },
      (error) => console.error('survey territory', error),
    );
    const stored = await deviceData.read({
      kind: 'survey-definition',
      key: definitionKey(this.orp, this.key),
    });
    this.stored = stored !== undefined;
    if (this.stored) this.fieldMode = true;
    const result = await fetchSurvey(this.orp, this.key);
    if (result.kind === 'ok') {
      this.survey = result.survey;
      if (this.fieldMode) await this.#store();
      this.#restoreDraft();
      this.phase = 'ready';
    } else if (result.kind === 'unavailable') {
      this.unavailableReason = result.reason;
      this.phase = 'unavailable';
    } else if (stored) {
      this.survey = stored.survey as PublicSurvey;
      this.#restoreDraft();
      this.phase = 'ready';
    } else {
      this.phase = 'offline';
    }
  }

  async #store(): Promise<void> {
    if (!this.survey) return;
    await deviceData.write('saveSurveyDefinition', definitionKey(this.orp, this.key), this.survey);
    this.stored = true;
    // Ask for the device token now, while online: the outbox needs it later.
    void surveyOutbox.token();
  }

  async setFieldMode(on: boolean): Promise<void> {
    this.fieldMode = on;
    if (on) await this.#store();
  }

  /** Converts the form's strings into answer values (numbers for scale and number). */
  answers(): Record<string, AnswerValue> {
    const out: Record<string, AnswerValue> = {};
    for (const q of this.survey?.questions ?? []) {
      const raw = this.values[q.id];
      if (raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0)) continue;
      out[q.id] = toValue(q, raw);
    }
    return out;
  }

  /** Checks with the server's rules; stores the answer on the device and sends it. */
  async submit(): Promise<void> {
    const survey = this.survey;
    if (!survey) return;
    this.formError = undefined;
    const answers = this.answers();
    this.errors = answerErrors(survey, answers, this.context);
    if (Object.keys(this.errors).length > 0) return;
    this.phase = 'sending';
    try {
      const result = await surveyOutbox.submit(this.orp, this.key, survey.title, {
        clientId: crypto.randomUUID(),
        channel: this.channel,
        answers,
      });
      if (result.kind === 'refused') {
        if (result.question) this.errors = { [result.question]: result.reason };
        else this.formError = result.reason;
        this.phase = 'ready';
        return;
      }
      this.#clearDraft();
      this.phase = result.kind === 'sent' ? 'sent' : 'waiting';
    } catch (error) {
      this.formError = { cs: String(error), en: String(error) };
      this.phase = 'ready';
    }
  }

  /** Field work: an empty form for the next client. */
  next(): void {
    this.values = {};
    this.errors = {};
    this.formError = undefined;
    this.phase = 'ready';
  }
}

function toValue(q: SurveyQuestion, raw: FormValue): AnswerValue {
  if (q.kind === 'multiple') return Array.isArray(raw) ? raw : [raw];
  const text = Array.isArray(raw) ? (raw[0] ?? '') : raw;
  if (q.kind === 'scale' || q.kind === 'number') {
    const trimmed = text.trim().replace(/\s/g, '');
    // Not a whole number: passed on as text, so the check says "enter a whole number".
    return /^-?\d+$/.test(trimmed) ? Number(trimmed) : text;
  }
  return text;
}
