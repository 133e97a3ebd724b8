import type { NextFunction, Request, Response } from 'express';

/** For anything that is not one of our HTML pages: nothing may load, nothing may frame it. */
export const STRICT_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * For scripts we serve. A service worker is governed by the CSP of its own script response, so
 * `default-src 'none'` there would block its `importScripts` of Workbox and every precache fetch
 * (the worker activates but caches nothing, and the app does not open offline).
 */
export const SCRIPT_CSP = "default-src 'self'; object-src 'none'; frame-ancestors 'none'";

/**
 * Headers on every response, including proxied CouchDB answers and errors. HTML pages replace
 * the CSP with their own policy (see html-pages.ts).
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', STRICT_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Permissions-Policy', 'geolocation=(self), camera=(), microphone=()');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  // Only true behind a TLS proxy with TRUST_PROXY on (X-Forwarded-Proto: https); over plain
  // HTTP browsers ignore the header anyway. A year, the usual minimum for HSTS preload lists.
  if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
  next();
}
