/**
 * The coordinator's side of joining requests: read and decline straight in the ORP's
 * coordinators-only database (through the /db proxy, with the session cookie), accept through
 * sync-server, which creates the account (only admins change roles).
 */
import {
  JOIN_REQUEST_PREFIX,
  type JoinAcceptResult,
  type JoinRequestDoc,
} from '$lib/domain/participation/join-request.types';
import { joinRequestsDbName } from '$lib/domain/roles';
import type { Reason } from '$lib/domain/validation/validation.types';

const base = (orp: string) => `/db/${encodeURIComponent(joinRequestsDbName(orp))}`;

function failure(status: number, body: unknown): Reason {
  const reason = (body as { reason?: Reason } | undefined)?.reason;
  if (reason && typeof reason.cs === 'string') return reason;
  const text = (body as { reason?: unknown } | undefined)?.reason;
  return {
    cs: `Server odpověděl chybou ${status}${typeof text === 'string' ? `: ${text}` : ''}.`,
    en: `The server answered ${status}${typeof text === 'string' ? `: ${text}` : ''}.`,
  };
}

/** Open requests, oldest first. */
export async function listJoinRequests(orp: string): Promise<JoinRequestDoc[]> {
  const query = new URLSearchParams({
    include_docs: 'true',
    startkey: JSON.stringify(JOIN_REQUEST_PREFIX),
    endkey: JSON.stringify(`${JOIN_REQUEST_PREFIX}\ufff0`),
  });
  const response = await fetch(`${base(orp)}/_all_docs?${query}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw failure(response.status, body);
  const rows = (body as { rows?: { doc?: JoinRequestDoc }[] }).rows ?? [];
  return rows
    .map((row) => row.doc)
    .filter((doc): doc is JoinRequestDoc => doc?.type === 'join-request')
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
}

/**
 * Declining deletes the request: a bare tombstone (no name, no contact), which the database's
 * validation lets the ORP's coordinators write.
 */
export async function declineJoinRequest(orp: string, doc: JoinRequestDoc): Promise<void> {
  const response = await fetch(`${base(orp)}/${encodeURIComponent(doc._id)}`, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ _id: doc._id, _rev: doc._rev, _deleted: true }),
  });
  // 404/409: someone else handled it meanwhile; the list reloads either way.
  if (!response.ok && response.status !== 404 && response.status !== 409) {
    throw failure(response.status, await response.json().catch(() => undefined));
  }
}

export type AcceptResult = { ok: true; value: JoinAcceptResult } | { ok: false; reason: Reason };

export async function acceptJoinRequest(orp: string, id: string): Promise<AcceptResult> {
  const response = await fetch(
    `/db/_rozcestnik/join-requests/${encodeURIComponent(orp)}/${encodeURIComponent(id)}/accept`,
    { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } },
  );
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status !== 201) return { ok: false, reason: failure(response.status, body) };
  return { ok: true, value: body as JoinAcceptResult };
}
