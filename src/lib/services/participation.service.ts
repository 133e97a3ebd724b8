/**
 * The public side of planning, through sync-server's endpoints: upcoming public meetings, open
 * surveys, and "Chci se zapojit" requests. Plain fetch: the public has no replica of these (group
 * databases are private), and a request is sent once, online.
 */
import type { JoinRequestInput } from '$lib/domain/participation/join-request.types';
import {
  DOCX_MIME,
  publicDocumentsPath,
  publishDocumentPath,
  type PublicDocumentInfo,
} from '$lib/domain/participation/public-document.types';
import {
  publicCalendarPath,
  publicMeetingsPath,
  type PublicMeetingItem,
} from '$lib/domain/participation/public-meeting.types';
import type { Reason } from '$lib/domain/validation/validation.types';

export { publicCalendarPath };

/** An open survey as `GET /api/surveys/<orp>` lists it (the surveys' server contract). */
export interface OpenSurvey {
  key: string;
  title: string;
  purpose: string;
  audience: string;
  opens: string;
  closes: string;
}

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) return undefined;
  return response.json().catch(() => undefined);
}

/** Upcoming public meetings; undefined when offline or the server cannot say. */
export async function fetchPublicMeetings(orp: string): Promise<PublicMeetingItem[] | undefined> {
  try {
    const body = (await getJson(publicMeetingsPath(orp))) as
      { meetings?: PublicMeetingItem[] } | undefined;
    return Array.isArray(body?.meetings) ? body.meetings : undefined;
  } catch {
    return undefined;
  }
}

/** Open surveys; an empty list when there are none, the endpoint is missing, or offline. */
export async function fetchOpenSurveys(orp: string): Promise<OpenSurvey[]> {
  try {
    const body = (await getJson(`/api/surveys/${encodeURIComponent(orp)}`)) as
      { surveys?: OpenSurvey[] } | undefined;
    return Array.isArray(body?.surveys)
      ? body.surveys.filter((s) => typeof s?.key === 'string' && typeof s.title === 'string')
      : [];
  } catch {
    return [];
  }
}

export type SendResult =
  | { ok: true }
  | { ok: false; reason: 'offline' }
  | { ok: false; reason: 'refused'; detail: Reason };

/** Sends a joining request; the server validates it again and answers with a reason. */
export async function sendJoinRequest(orp: string, input: JoinRequestInput): Promise<SendResult> {
  if (!navigator.onLine) return { ok: false, reason: 'offline' };
  let response: Response;
  try {
    response = await fetch(`/api/join/${encodeURIComponent(orp)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(input),
    });
  } catch {
    return { ok: false, reason: 'offline' };
  }
  if (response.status === 201) return { ok: true };
  const body = (await response.json().catch(() => undefined)) as { reason?: Reason } | undefined;
  return {
    ok: false,
    reason: 'refused',
    detail: body?.reason ?? {
      cs: `Server žádost nepřijal (HTTP ${response.status}).`,
      en: `The server did not accept the request (HTTP ${response.status}).`,
    },
  };
}

/** The ORP's published plan and reports; empty when none, unknown or offline. */
export async function fetchPublicDocuments(orp: string): Promise<PublicDocumentInfo[]> {
  try {
    const body = (await getJson(publicDocumentsPath(orp))) as
      { documents?: PublicDocumentInfo[] } | undefined;
    return Array.isArray(body?.documents) ? body.documents : [];
  } catch {
    return [];
  }
}

/**
 * A coordinator publishes the plan or a yearly report: the same DOCX the plan pages make, sent
 * to sync-server (which checks the session). Throws an Error with the server's reason.
 */
export async function publishDocument(
  orp: string,
  kind: string,
  year: number,
  blob: Blob,
  locale: string,
): Promise<void> {
  const response = await fetch(`${publishDocumentPath(orp, kind)}?year=${year}`, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { 'Content-Type': DOCX_MIME, Accept: 'application/json' },
    body: blob,
  });
  if (response.status === 201) return;
  const body = (await response.json().catch(() => undefined)) as { reason?: Reason } | undefined;
  const reason = body?.reason;
  throw new Error(reason ? (locale === 'cs' ? reason.cs : reason.en) : `HTTP ${response.status}`);
}
