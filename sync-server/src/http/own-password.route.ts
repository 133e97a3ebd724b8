import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { CouchClient } from '../couch/couch-client';
import { authSessionCookie } from '../couch/calendar-session.storage';
import { OWN_PASSWORD_URL } from '../../../src/lib/domain/accounts/own-password';
import { changeOwnPassword } from '../services/own-password.service';
import { openSession } from './couch-session';
import { DB_PREFIX, tightenCookie } from './db-proxy';
import type { PasswordThrottle } from './password-throttle';
import { sameOrigin } from './same-origin';
import { refuse } from './refusal';

/**
 * `POST` `{ "current": "…", "next": "…" }`: the signed-in member changes their own password.
 * Under `/db` because the `AuthSession` cookie is scoped there (see calendar.route.ts); the
 * router answers before the proxy, so the request never reaches CouchDB as such.
 */
export const OWN_PASSWORD_PATH = OWN_PASSWORD_URL;

/** Two passwords of at most 200 characters fit easily. */
const BODY_LIMIT = '4kb';
/** A cluster copy may answer the new password's first sign-in a moment late. */
const FRESH_SESSION_TRIES = 3;

function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** CouchDB's cookie for the new password, scoped like the proxy scopes every session cookie. */
async function freshCookie(
  couchUrl: string,
  name: string,
  password: string,
  secure: boolean,
): Promise<string | undefined> {
  for (let i = 0; i < FRESH_SESSION_TRIES; i++) {
    const cookie = await openSession(couchUrl, name, password);
    if (cookie)
      return tightenCookie(cookie.replace(/;\s*path=[^;]*/i, `; Path=${DB_PREFIX}`), secure);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return undefined;
}

export function ownPasswordRouter(
  client: CouchClient,
  couchUrl: string,
  throttle: PasswordThrottle,
): Router {
  const router = express.Router();

  router.post(
    OWN_PASSWORD_PATH,
    (req: Request, res: Response, next: NextFunction) => {
      // Cookie-authenticated: refuse what a cross-site form or page could send.
      if (!sameOrigin(req)) {
        refuse(res, 403, {
          cs: 'Heslo lze změnit jen v Rozcestníku.',
          en: 'The password can only be changed in Rozcestník.',
        });
        return;
      }
      if (!req.is('application/json')) {
        refuse(res, 415, {
          cs: 'Pošlete hesla jako JSON.',
          en: 'Send the passwords as JSON.',
        });
        return;
      }
      next();
    },
    express.json({ limit: BODY_LIMIT, strict: true }),
    async (req: Request, res: Response) => {
      const result = await changeOwnPassword(client, couchUrl, throttle, {
        cookie: authSessionCookie(req.get('cookie')),
        address: clientAddress(req),
        body: req.body,
      });
      if (!result.ok) {
        if (result.retryAfterS !== undefined)
          res.setHeader('Retry-After', String(result.retryAfterS));
        refuse(res, result.status, result.reason);
        return;
      }
      const body = req.body as { next: string };
      const cookie = await freshCookie(couchUrl, result.name, body.next, req.secure);
      // The old session is void (CouchDB signs it with the account's old salt).
      if (cookie) res.setHeader('Set-Cookie', cookie);
      res
        .status(200)
        .setHeader('Cache-Control', 'no-store')
        .json({ ok: true, signInAgain: cookie === undefined });
    },
  );

  // Body-parser faults (too large, malformed JSON) answer in words, like every other refusal.
  router.use(
    OWN_PASSWORD_PATH,
    (error: unknown, _req: Request, res: Response, next: NextFunction) => {
      const type = (error as { type?: unknown } | null)?.type;
      if (type === 'entity.too.large' || type === 'entity.parse.failed') {
        refuse(res, 400, {
          cs: 'Požadavek není platný JSON s hesly.',
          en: 'The request is not valid JSON with the passwords.',
        });
        return;
      }
      next(error);
    },
  );
  return router;
}
