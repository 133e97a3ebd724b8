import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { CouchClient } from '../couch/couch-client';
import { authSessionCookie } from '../couch/calendar-session.storage';
import { JOIN_REQUEST_LIMITS } from '../../../src/lib/domain/participation/join-request.types';
import {
  PUBLIC_CALENDAR_PATH,
  PUBLIC_MEETINGS_PATH,
} from '../../../src/lib/domain/participation/public-meeting.types';
import { acceptJoinRequest, submitJoinRequest } from '../services/join-requests.service';
import { PublicMeetingsCache, publicCalendar } from '../services/public-meetings.service';
import { sameOrigin } from './same-origin';
import { jsonBodyFaults, refuse } from './refusal';

/** `POST /api/join/<orp>`: the public "Chci se zapojit" form (anonymous). */
export const JOIN_PATH = '/api/join/';
/**
 * `POST /db/_rozcestnik/join-requests/<orp>/<id>/accept`: under `/db` because the session
 * cookie is scoped there (as the calendar token, calendar.route.ts).
 */
export const JOIN_ACCEPT_PREFIX = '/db/_rozcestnik/join-requests/';

/**
 * Limits per client address (req.ip, which honours TRUST_PROXY): a person sends one or two
 * requests; five an hour stops a script filling the coordinators' list. Public meeting reads
 * are cached, so their limit only stops a flood.
 */
export const PARTICIPATION_RATE_LIMIT = {
  join: { points: 5, durationS: 3600 },
  accept: { points: 30, durationS: 600 },
  meetings: { points: 120, durationS: 600 },
};

function limited(limit: { points: number; durationS: number }, prefix: string) {
  const limiter = new RateLimiterMemory({
    keyPrefix: prefix,
    points: limit.points,
    duration: limit.durationS,
  });
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      await limiter.consume(req.ip ?? req.socket.remoteAddress ?? 'unknown');
      next();
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) return next(error);
      res.setHeader('Retry-After', String(Math.ceil(error.msBeforeNext / 1000)));
      refuse(res, 429, {
        cs: 'Příliš mnoho požadavků z tohoto zařízení; zkuste to prosím později.',
        en: 'Too many requests from this device; please try again later.',
      });
    }
  };
}

function notFound(res: Response): void {
  refuse(res, 404, {
    cs: 'Toto ORP v Rozcestníku plánování nevede.',
    en: 'This ORP does not plan with Rozcestník.',
  });
}

export function participationRouter(
  client: CouchClient,
  couchUrl: string,
  limits: typeof PARTICIPATION_RATE_LIMIT = PARTICIPATION_RATE_LIMIT,
): Router {
  const router = express.Router();
  const meetings = new PublicMeetingsCache(client);
  const meetingsLimit = limited(limits.meetings, 'public-meetings');

  router.post(
    `${JOIN_PATH}:orp`,
    limited(limits.join, 'join-request'),
    express.json({ limit: JOIN_REQUEST_LIMITS.bodyBytes, strict: true }),
    async (req: Request, res: Response) => {
      if (!req.is('application/json')) {
        refuse(res, 400, {
          cs: 'Žádost musí být odeslána jako JSON.',
          en: 'A request must be sent as JSON.',
        });
        return;
      }
      const result = await submitJoinRequest(client, String(req.params.orp), req.body);
      if (!result.ok) return refuse(res, result.status, result.reason);
      res.status(201).setHeader('Cache-Control', 'no-store').json({ ok: true });
    },
  );

  router.post(
    `${JOIN_ACCEPT_PREFIX}:orp/:id/accept`,
    limited(limits.accept, 'join-accept'),
    async (req: Request, res: Response) => {
      if (!sameOrigin(req)) {
        refuse(res, 403, {
          cs: 'Žádost lze přijmout jen v Rozcestníku.',
          en: 'A request can only be accepted in Rozcestník.',
        });
        return;
      }
      const result = await acceptJoinRequest(
        client,
        couchUrl,
        authSessionCookie(req.get('cookie')),
        String(req.params.orp),
        String(req.params.id),
      );
      if (!result.ok) return refuse(res, result.status, result.reason);
      res.status(201).setHeader('Cache-Control', 'no-store').json(result.value);
    },
  );

  router.get(`${PUBLIC_MEETINGS_PATH}:orp`, meetingsLimit, async (req: Request, res: Response) => {
    const found = await meetings.get(String(req.params.orp));
    if (!found) return notFound(res);
    res
      .status(200)
      .setHeader('Cache-Control', 'public, max-age=60')
      .json({ meetings: found.meetings });
  });

  router.get(`${PUBLIC_CALENDAR_PATH}:file`, meetingsLimit, async (req: Request, res: Response) => {
    const file = String(req.params.file ?? '');
    if (!file.endsWith('.ics')) return notFound(res);
    const orp = file.slice(0, -'.ics'.length);
    const found = await meetings.get(orp);
    if (!found) return notFound(res);
    const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      // Public data: shared caches may keep it briefly; calendar apps poll far less often.
      .setHeader('Cache-Control', 'public, max-age=300')
      .setHeader('Content-Disposition', `inline; filename="${orp}-verejna-setkani.ics"`)
      .send(publicCalendar(found.meetings, found.orpName, `${origin}/o-planovani/${orp}`));
  });

  // Body-parser faults (too large, malformed JSON) answer in words, like every other refusal.
  router.use(
    JOIN_PATH,
    jsonBodyFaults({
      tooLarge: {
        cs: `Žádost je příliš velká (nejvýše ${JOIN_REQUEST_LIMITS.bodyBytes / 1024} kB).`,
        en: `The request is too large (at most ${JOIN_REQUEST_LIMITS.bodyBytes / 1024} kB).`,
      },
      notJson: {
        cs: 'Žádost není platný JSON.',
        en: 'The request is not valid JSON.',
      },
    }),
  );
  return router;
}
