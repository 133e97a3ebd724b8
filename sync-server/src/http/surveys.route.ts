import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { CouchClient } from '../couch/couch-client';
import { SURVEY_LIMITS } from '../../../src/lib/domain/surveys/survey-schema.validation';
import type { Reason } from '../../../src/lib/domain/validation/validation.types';
import {
  CLOSED,
  findSurvey,
  listOpenSurveys,
  NOT_FOUND,
  notYet,
  publicSurvey,
  submitAnswer,
} from '../services/surveys.service';
import { checkDeviceToken, issueDeviceToken } from '../services/survey-token.service';
import { jsonBodyFaults, refuse } from './refusal';

export const SURVEYS_PATH = '/api/surveys';

/**
 * Per hour. A device keeps its token, but everyone at a public meeting shares the town hall's
 * address: 60 tokens per address let a room answer, and the answers per address still bound what
 * one address can send.
 */
export interface SurveyRateLimits {
  tokensPerAddress: number;
  answersPerDevice: number;
  answersPerAddress: number;
}

export const SURVEY_RATE_LIMITS: SurveyRateLimits = {
  tokensPerAddress: 60,
  // A field worker's outbox may send a day of interviews at once; more waits for Retry-After.
  answersPerDevice: 60,
  answersPerAddress: 300,
};

const TOO_MANY: Reason = {
  cs: 'Příliš mnoho odpovědí z tohoto zařízení; zkuste to prosím později.',
  en: 'Too many answers from this device; please try again later.',
};

function limiter(points: number, prefix: string): RateLimiterMemory {
  return new RateLimiterMemory({ keyPrefix: prefix, points, duration: 3600 });
}

/** Takes one point; the seconds to wait when over the limit, else 0. */
async function take(limit: RateLimiterMemory, key: string): Promise<number> {
  try {
    await limit.consume(key);
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

function clientAddress(req: Request): string {
  // req.ip honours TRUST_PROXY (app.ts sets Express's "trust proxy").
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/**
 * Anonymous surveys: a device token, the ORP's open surveys, one survey's definition and its
 * answers. Everything goes through sync-server's admin connection; the survey databases
 * themselves admit coordinators only. The body parser lives on the answers route only.
 */
export function surveysRouter(
  client: CouchClient,
  secret: string,
  limits: SurveyRateLimits = SURVEY_RATE_LIMITS,
): Router {
  const router = express.Router();
  const tokens = limiter(limits.tokensPerAddress, 'survey-token');
  const perDevice = limiter(limits.answersPerDevice, 'survey-device');
  const perAddress = limiter(limits.answersPerAddress, 'survey-address');

  router.post(`${SURVEYS_PATH}/token`, async (req: Request, res: Response) => {
    const wait = await take(tokens, clientAddress(req));
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      refuse(res, 429, {
        cs: 'Z této adresy přišlo příliš mnoho žádostí; zkuste to prosím později.',
        en: 'Too many requests from this address; please try again later.',
      });
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json({ token: issueDeviceToken(secret) });
  });

  router.get(`${SURVEYS_PATH}/:orp`, async (req: Request, res: Response) => {
    const surveys = await listOpenSurveys(client, String(req.params.orp));
    res.setHeader('Cache-Control', 'no-cache');
    res.json({ surveys });
  });

  router.get(`${SURVEYS_PATH}/:orp/:key`, async (req: Request, res: Response) => {
    const found = await findSurvey(client, String(req.params.orp), String(req.params.key));
    res.setHeader('Cache-Control', 'no-cache');
    if (found.state === 'missing') return refuse(res, 404, NOT_FOUND);
    if (found.state === 'closed') return refuse(res, 410, CLOSED);
    if (found.state === 'not-yet') return refuse(res, 404, notYet(found.opens));
    res.json({ survey: publicSurvey(found.survey) });
  });

  const answersPath = `${SURVEYS_PATH}/:orp/:key/answers`;
  router.post(
    answersPath,
    async (req: Request, res: Response, next: NextFunction) => {
      const wait = await take(perAddress, clientAddress(req));
      if (wait === 0) return next();
      res.setHeader('Retry-After', String(wait));
      refuse(res, 429, TOO_MANY);
    },
    express.json({ limit: SURVEY_LIMITS.bodyBytes, strict: true }),
    async (req: Request, res: Response) => {
      if (!req.is('application/json')) {
        return refuse(res, 400, {
          cs: 'Odpověď musí být odeslána jako JSON.',
          en: 'An answer must be sent as JSON.',
        });
      }
      const body = req.body as { deviceToken?: unknown } | null;
      const token = typeof body?.deviceToken === 'string' ? body.deviceToken : '';
      const device = checkDeviceToken(secret, token);
      if (!device.ok) {
        return refuse(
          res,
          400,
          {
            cs: 'Token zařízení je neplatný nebo prošlý; načtěte anketu znovu.',
            en: 'The device token is invalid or expired; reload the survey.',
          },
          { code: 'invalid_token' },
        );
      }
      const wait = await take(perDevice, device.deviceId);
      if (wait > 0) {
        res.setHeader('Retry-After', String(wait));
        return refuse(res, 429, TOO_MANY);
      }
      const result = await submitAnswer(
        client,
        String(req.params.orp),
        String(req.params.key),
        req.body,
      );
      if (!result.ok) {
        return refuse(res, result.status, result.reason, {
          ...(result.question ? { question: result.question } : {}),
        });
      }
      res.status(result.duplicate ? 200 : 201).json({ ok: true, id: result.id });
    },
  );

  // Body-parser faults (too large, malformed JSON) answer in words, like every other refusal.
  router.use(
    answersPath,
    jsonBodyFaults({
      tooLarge: {
        cs: `Odpověď je příliš velká (nejvýše ${SURVEY_LIMITS.bodyBytes / 1024} kB).`,
        en: `The answer is too large (at most ${SURVEY_LIMITS.bodyBytes / 1024} kB).`,
      },
      notJson: {
        cs: 'Odpověď není platný JSON.',
        en: 'The answer is not valid JSON.',
      },
    }),
  );
  return router;
}
