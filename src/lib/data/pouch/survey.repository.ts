import PouchDB from 'pouchdb-browser';
import {
  ANSWER_ID_PREFIX,
  SURVEY_ID_PREFIX,
  surveyAnswersDbName,
  surveysDbName,
  type SurveyAnswerDoc,
  type SurveyDoc,
} from '$lib/domain/surveys/survey.types';
import { describeError, memberReplica, openMemberReplica } from './member.replica';

/**
 * The coordinator's copies of an ORP's surveys (`orp-<orp>-surveys`) and of their answers
 * (`orp-<orp>-survey-answers`, read only), as local PouchDB replicas in the same per-user store
 * as the member replicas (so sign-out closes or deletes them with the rest). Surveys are a
 * handful of documents a coordinator edits on one device: a one-off push after each save and a
 * pull when a page opens are enough, so they do not join the live member sync and its Dexie
 * read model. Answers are only ever pulled: the server writes them, nobody writes back.
 */
type Db = PouchDB.Database<Record<string, unknown>>;

export interface SyncOutcome {
  ok: boolean;
  unauthorized?: boolean;
  error?: string;
}

function local(user: string, database: string): Db {
  try {
    return memberReplica(database);
  } catch {
    return openMemberReplica(user, database);
  }
}

function remote(database: string): Db {
  return new PouchDB<Record<string, unknown>>(`${location.origin}/db/${database}`, {
    skip_setup: true,
  });
}

function outcome(error: unknown): SyncOutcome {
  const status = (error as { status?: number } | null)?.status;
  return status === 401 || status === 403
    ? { ok: false, unauthorized: true, error: describeError(error) }
    : { ok: false, error: describeError(error) };
}

async function replicate(
  user: string,
  database: string,
  direction: 'from' | 'to' | 'both',
): Promise<SyncOutcome> {
  const db = local(user, database);
  const server = remote(database);
  try {
    if (direction !== 'from') {
      const push = await db.replicate.to(server);
      if (push.doc_write_failures > 0 || push.errors.length > 0) {
        return { ok: false, error: describeError(push.errors[0]) };
      }
    }
    if (direction !== 'to') {
      const pull = await db.replicate.from(server);
      if (pull.errors.length > 0) return { ok: false, error: describeError(pull.errors[0]) };
    }
    return { ok: true };
  } catch (error) {
    return outcome(error);
  } finally {
    void server.close();
  }
}

/** Brings the ORP's surveys both ways (after a save, or when the list opens). */
export function syncSurveys(user: string, orp: string): Promise<SyncOutcome> {
  return replicate(user, surveysDbName(orp), 'both');
}

/** Pulls the ORP's answers (coordinators only; the server refuses anyone else). */
export function pullAnswers(user: string, orp: string): Promise<SyncOutcome> {
  return replicate(user, surveyAnswersDbName(orp), 'from');
}

async function byPrefix<T>(db: Db, prefix: string): Promise<T[]> {
  const result = await db.allDocs({
    include_docs: true,
    startkey: prefix,
    endkey: `${prefix}\ufff0`,
  });
  return result.rows.flatMap((row) => ('doc' in row && row.doc ? [row.doc as T] : []));
}

export function listSurveys(user: string, orp: string): Promise<SurveyDoc[]> {
  return byPrefix<SurveyDoc>(local(user, surveysDbName(orp)), SURVEY_ID_PREFIX);
}

export async function getSurvey(user: string, orp: string, id: string): Promise<SurveyDoc | null> {
  try {
    return (await local(user, surveysDbName(orp)).get(id)) as unknown as SurveyDoc;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

/** Stores the survey on the device; returns the new revision. */
export async function putSurvey(user: string, orp: string, doc: SurveyDoc): Promise<string> {
  const result = await local(user, surveysDbName(orp)).put(
    doc as unknown as Record<string, unknown> & { _id: string },
  );
  return result.rev;
}

/** The answers on the device, of one survey or (no key) of every survey of the ORP. */
export function listAnswers(
  user: string,
  orp: string,
  surveyKey?: string,
): Promise<SurveyAnswerDoc[]> {
  const prefix = surveyKey ? `${ANSWER_ID_PREFIX}${surveyKey}:` : ANSWER_ID_PREFIX;
  return byPrefix<SurveyAnswerDoc>(local(user, surveyAnswersDbName(orp)), prefix);
}
