import { serverReason } from './server-reason';

/**
 * The member's calendar subscription link. sync-server makes a new secret token for the
 * signed-in user (checked against CouchDB with the session cookie, which the browser sends only
 * to `/db/…`) and keeps just its hash, so the link exists in the browser only once, right after
 * it is made. Making a new one invalidates the old.
 */
export const CALENDAR_TOKEN_URL = '/db/_rozcestnik/calendar-token';

export interface FeedLinks {
  https: string;
  webcal: string;
}

export type FeedLinkResult =
  | { ok: true; links: FeedLinks }
  | { ok: false; reason: 'offline' | 'expired' | 'failed'; detail?: string };

/** The feed path as an https link and as webcal://, which opens the calendar app directly. */
export function feedLinks(origin: string, path: string): FeedLinks {
  const https = new URL(path, origin).href;
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}

export async function createFeedLink(origin: string, locale: string): Promise<FeedLinkResult> {
  if (!navigator.onLine) return { ok: false, reason: 'offline' };
  let response: Response;
  try {
    response = await fetch(CALENDAR_TOKEN_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch {
    return { ok: false, reason: 'offline' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status === 401) return { ok: false, reason: 'expired' };
  const path = (body as { path?: unknown } | undefined)?.path;
  if (response.status !== 201 || typeof path !== 'string') {
    return {
      ok: false,
      reason: 'failed',
      detail: serverReason(body, locale) ?? `HTTP ${response.status}`,
    };
  }
  return { ok: true, links: feedLinks(origin, path) };
}
