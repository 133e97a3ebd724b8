import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { CouchClient } from '../couch/couch-client';
import { authSessionCookie } from '../couch/calendar-session.storage';
import { RateLimiter } from '../services/reports.service';
import { sameOrigin } from './same-origin';
import { calendarFeed, issueFeedToken } from '../services/calendar.service';
import { refuse } from './refusal';

/** `GET /api/calendar/<token>.ics`: the subscription feed calendar apps poll. */
export const CALENDAR_FEED_PREFIX = '/api/calendar/';
/**
 * `POST` makes (or replaces) the signed-in member's feed token. It lives under `/db` because
 * the proxy scopes the `AuthSession` cookie to that path (`SameSite=Strict`): anywhere else the
 * browser would not send it. CouchDB reserves names starting with `_`, so no database can hide
 * behind this path; the router answers it before the proxy sees it.
 */
export const CALENDAR_TOKEN_PATH = '/db/_rozcestnik/calendar-token';

/**
 * Calendar apps poll every few minutes to hours; 120 requests per address in ten minutes
 * leaves room for a household behind one address, and stops a script guessing tokens (which
 * is hopeless anyway at 256 bits) from loading the databases.
 */
export const CALENDAR_RATE_LIMIT = {
  feed: { max: 120, windowMs: 10 * 60 * 1000 },
  token: { max: 10, windowMs: 10 * 60 * 1000 },
};

function throttle(limiter: RateLimiter) {
  return (req: Request, res: Response, next: NextFunction) => {
    const wait = limiter.take(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (wait === 0) return next();
    res.setHeader('Retry-After', String(wait));
    refuse(res, 429, {
      cs: 'Příliš mnoho požadavků z tohoto zařízení; zkuste to prosím později.',
      en: 'Too many requests from this device; please try again later.',
    });
  };
}

function notFound(res: Response): void {
  refuse(res, 404, {
    cs: 'Tento kalendář neexistuje nebo jeho odkaz už neplatí.',
    en: 'This calendar does not exist or its link is no longer valid.',
  });
}

export function calendarRouter(
  client: CouchClient,
  couchUrl: string,
  limits: typeof CALENDAR_RATE_LIMIT = CALENDAR_RATE_LIMIT,
): Router {
  const router = express.Router();

  router.post(
    CALENDAR_TOKEN_PATH,
    throttle(new RateLimiter(limits.token.max, limits.token.windowMs)),
    async (req: Request, res: Response) => {
      if (!sameOrigin(req)) {
        refuse(res, 403, {
          cs: 'Odkaz pro odběr lze vytvořit jen v Rozcestníku.',
          en: 'A subscription link can only be created in Rozcestník.',
        });
        return;
      }
      const result = await issueFeedToken(client, couchUrl, authSessionCookie(req.get('cookie')));
      if (!result.ok && result.reason === 'unauthorized') {
        refuse(res, 401, {
          cs: 'Nejste přihlášeni; přihlaste se prosím znovu.',
          en: 'You are not signed in; please sign in again.',
        });
        return;
      }
      if (!result.ok) {
        refuse(res, 409, {
          cs: 'Odkaz se právě měnil jinde; zkuste to prosím znovu.',
          en: 'The link was being changed elsewhere; please try again.',
        });
        return;
      }
      res
        .status(201)
        .setHeader('Cache-Control', 'no-store')
        .json({ token: result.token, path: `${CALENDAR_FEED_PREFIX}${result.token}.ics` });
    },
  );

  router.get(
    `${CALENDAR_FEED_PREFIX}:file`,
    throttle(new RateLimiter(limits.feed.max, limits.feed.windowMs)),
    async (req: Request, res: Response) => {
      const file = String(req.params.file ?? '');
      if (!file.endsWith('.ics')) return notFound(res);
      const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
      const feed = await calendarFeed(client, file.slice(0, -'.ics'.length), origin);
      if (feed === undefined) return notFound(res);
      res
        .status(200)
        .type('text/calendar; charset=utf-8')
        // The URL is a secret: no shared cache may keep the answer.
        .setHeader('Cache-Control', 'private, no-cache')
        .setHeader('Referrer-Policy', 'no-referrer')
        .send(feed);
    },
  );
  return router;
}
