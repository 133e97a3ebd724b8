import type { Request } from 'express';

/**
 * For cookie-authenticated POSTs: a cross-site page cannot use them even if a browser sent the
 * session cookie along (it is SameSite=Strict as well). Browsers send Origin on every POST; a
 * request without one comes from no page at all.
 */
export function sameOrigin(req: Request): boolean {
  const origin = req.get('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === req.get('host');
  } catch {
    return false;
  }
}
