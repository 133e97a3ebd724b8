/**
 * The coordinator’s surveys (survey-admin): create, save, publish, close and reopen, each checked with the
 * builder's rules before it is stored on the device, then sent to `orp-<orp>-surveys`. A save
 * made offline stays on the device and goes with the next sync (the list and the builder sync
 * when they open). Answers are pulled read-only for the results.
 */
import type { Writer } from '$lib/data/pouch/member.repository';
import { isCoordinatorOf } from '$lib/domain/roles';
import {
  publishedChangeReason,
  publishProblem,
  surveyProblem,
  newSurvey,
} from '$lib/domain/surveys/survey-builder';
import {
  surveyId,
  surveysDbName,
  type SurveyAnswerDoc,
  type SurveyDoc,
  type SurveyStatus,
} from '$lib/domain/surveys/survey.types';
import { validateSurveyUpdate } from '$lib/domain/surveys/survey.validation';
import type { AnyDoc, Reason } from '$lib/domain/validation/validation.types';

const repository = () => import('$lib/data/pouch/survey.repository');

export class SurveyError extends Error {
  constructor(readonly reason: Reason) {
    super(reason.en);
  }
}

export interface SyncOutcome {
  ok: boolean;
  unauthorized?: boolean;
  error?: string;
}

/** Today as `YYYY-MM-DD` in the device's time zone (the ORP's, in practice). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => 'abcdefghijkmnpqrstuvwxyz23456789'[b % 32]).join('');
}

function mustCoordinate(orp: string, writer: Writer): void {
  if (!isCoordinatorOf(writer.roles, orp)) {
    throw new SurveyError({
      cs: 'Ankety sestavují jen koordinátoři ORP.',
      en: 'Only the ORP’s coordinators build surveys.',
    });
  }
}

export async function syncSurveys(orp: string, writer: Writer): Promise<SyncOutcome> {
  return (await repository()).syncSurveys(writer.name, orp);
}

export async function listSurveys(orp: string, writer: Writer): Promise<SurveyDoc[]> {
  return (await repository()).listSurveys(writer.name, orp);
}

export async function getSurvey(
  orp: string,
  key: string,
  writer: Writer,
): Promise<SurveyDoc | null> {
  return (await repository()).getSurvey(writer.name, orp, surveyId(key));
}

/** A new empty draft, stored on the device (sent in the background). */
export async function createSurvey(orp: string, writer: Writer): Promise<SurveyDoc> {
  mustCoordinate(orp, writer);
  const doc = newSurvey(orp, randomKey(), writer.name, today());
  const repo = await repository();
  doc._rev = await repo.putSurvey(writer.name, orp, doc);
  void repo.syncSurveys(writer.name, orp);
  return doc;
}

/**
 * Saves the survey (checked first); then tries to send it. Returns the stored document and
 * whether it reached the server (`sync.ok`), so the page can say "saved on this device only".
 */
export async function saveSurvey(
  orp: string,
  doc: SurveyDoc,
  writer: Writer,
): Promise<{ doc: SurveyDoc; sync: SyncOutcome }> {
  mustCoordinate(orp, writer);
  const repo = await repository();
  const stored = await repo.getSurvey(writer.name, orp, doc._id);
  const problem =
    (doc.status === 'draft' ? surveyProblem(doc) : publishProblem(doc)) ??
    (stored ? publishedChangeReason(stored, doc) : undefined);
  if (problem) throw new SurveyError(problem);
  const next: SurveyDoc = {
    ...doc,
    title: doc.title.trim(),
    purpose: doc.purpose.trim(),
    updatedAt: new Date().toISOString(),
  };
  // The database's own validate_doc_update, so a refusal is said now, not at the next sync.
  const verdict = validateSurveyUpdate(
    next as unknown as AnyDoc,
    stored as unknown as AnyDoc | null,
    { name: writer.name, roles: writer.roles, db: surveysDbName(orp) },
    orp,
  );
  if (!verdict.ok) throw new SurveyError(verdict.reason);
  next._rev = await repo.putSurvey(writer.name, orp, next);
  return { doc: next, sync: await repo.syncSurveys(writer.name, orp) };
}

/** Publish (draft → published), close (→ closed) or reopen (closed → published). */
export async function setSurveyStatus(
  orp: string,
  doc: SurveyDoc,
  status: SurveyStatus,
  writer: Writer,
): Promise<{ doc: SurveyDoc; sync: SyncOutcome }> {
  if (status === 'published') {
    const problem = publishProblem(doc);
    if (problem) throw new SurveyError(problem);
  }
  return saveSurvey(orp, { ...doc, status }, writer);
}

export async function pullAnswers(orp: string, writer: Writer): Promise<SyncOutcome> {
  return (await repository()).pullAnswers(writer.name, orp);
}

export async function listAnswers(
  orp: string,
  writer: Writer,
  key?: string,
): Promise<SurveyAnswerDoc[]> {
  return (await repository()).listAnswers(writer.name, orp, key);
}

/** The short public link the respondents open (the answering page, /ankety/<orp>/<key>). */
export function publicSurveyUrl(orp: string, key: string): string {
  return `${location.origin}/ankety/${orp}/${key}`;
}

/** A save or sync error in the person's language. */
export function surveyErrorText(error: unknown, locale: 'cs' | 'en'): string {
  if (error instanceof SurveyError) return error.reason[locale];
  if (error && typeof error === 'object' && 'status' in error && error.status === 409) {
    return locale === 'cs'
      ? 'Anketu mezitím změnil někdo jiný; obnovte stránku a zkuste to znovu.'
      : 'Someone else changed the survey meanwhile; reload and try again.';
  }
  return error instanceof Error ? error.message : String(error);
}
