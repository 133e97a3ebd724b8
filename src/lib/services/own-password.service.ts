import { OWN_PASSWORD_URL } from '$lib/domain/accounts/own-password';
import { serverReason } from './server-reason';

/**
 * The signed-in member changes their own password through sync-server (the session cookie,
 * sent only to `/db/…`, says who). On success the server sets a fresh session cookie, since the
 * old one is void with the old password; `signInAgain` says it could not.
 */
export type OwnPasswordResult =
  | { ok: true; signInAgain: boolean }
  | {
      ok: false;
      reason: 'offline' | 'expired' | 'refused';
      /** The server's reason in the page's language (wrong password, too short, wait…). */
      detail?: string;
    };

export async function changeOwnPassword(
  current: string,
  next: string,
  locale: string,
): Promise<OwnPasswordResult> {
  if (!navigator.onLine) return { ok: false, reason: 'offline' };
  let response: Response;
  try {
    response = await fetch(OWN_PASSWORD_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ current, next }),
    });
  } catch {
    return { ok: false, reason: 'offline' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    return { ok: true, signInAgain: (body as { signInAgain?: unknown })?.signInAgain === true };
  }
  if (response.status === 401) return { ok: false, reason: 'expired' };
  return {
    ok: false,
    reason: 'refused',
    detail: serverReason(body, locale) ?? `HTTP ${response.status}`,
  };
}
