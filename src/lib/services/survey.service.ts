import type { SurveyAnswerInput, SurveyDoc } from '$domain/surveys/survey.types';
import type { Reason } from '$domain/validation/validation.types';

/** A published survey as `GET /api/surveys/<orp>/<key>` serves it. */
export type PublicSurvey = Omit<SurveyDoc, '_rev' | 'createdBy'> & { key: string };

export type SurveyFetch =
  | { kind: 'ok'; survey: PublicSurvey }
  /** 404 (unknown, draft, not yet open) or 410 (closed): the server's reason. */
  | { kind: 'unavailable'; status: number; reason: Reason | undefined }
  /** Offline or the server did not answer: the device's copy may help. */
  | { kind: 'offline' };

const TIMEOUT_MS = 20_000;

function surveyPath(orp: string, key: string): string {
  return `/api/surveys/${encodeURIComponent(orp)}/${encodeURIComponent(key)}`;
}

export async function fetchSurvey(orp: string, key: string): Promise<SurveyFetch> {
  let response: Response;
  try {
    response = await fetch(surveyPath(orp, key), {
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { kind: 'offline' };
  }
  const body = (await response.json().catch(() => ({}))) as {
    survey?: PublicSurvey;
    reason?: Reason;
  };
  if (response.ok && body.survey) return { kind: 'ok', survey: body.survey };
  if (response.status === 404 || response.status === 410) {
    return { kind: 'unavailable', status: response.status, reason: body.reason };
  }
  return { kind: 'offline' };
}

/** A new device token, or undefined when offline or refused (asked again later). */
export async function requestSurveyToken(): Promise<string | undefined> {
  try {
    const response = await fetch('/api/surveys/token', {
      method: 'POST',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { token?: unknown };
    return typeof body.token === 'string' ? body.token : undefined;
  } catch {
    return undefined;
  }
}

export type AnswerOutcome =
  | { kind: 'sent' }
  /** The token is invalid or expired: get a new one and send again. */
  | { kind: 'token' }
  /** Refused for good (400, 404, 410): sending again will not help. */
  | { kind: 'refused'; reason: Reason; question?: string }
  /** Offline, rate-limited or the server is down: keep it and try later. */
  | { kind: 'retry'; reason: string; retryAfterS?: number };

/** Sends one answer; never throws. 201 and 200 (a resend) both mean stored. */
export async function sendSurveyAnswer(
  orp: string,
  key: string,
  input: SurveyAnswerInput,
): Promise<AnswerOutcome> {
  let response: Response;
  try {
    response = await fetch(`${surveyPath(orp, key)}/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
  }
  if (response.ok) return { kind: 'sent' };
  const body = (await response.json().catch(() => ({}))) as {
    reason?: Reason;
    code?: string;
    question?: string;
  };
  if (response.status === 400 && body.code === 'invalid_token') return { kind: 'token' };
  if ([400, 404, 410].includes(response.status) && body.reason) {
    return {
      kind: 'refused',
      reason: body.reason,
      ...(body.question ? { question: body.question } : {}),
    };
  }
  const retryAfter = Number(response.headers.get('retry-after'));
  return {
    kind: 'retry',
    reason: `HTTP ${response.status}`,
    ...(retryAfter > 0 ? { retryAfterS: retryAfter } : {}),
  };
}
