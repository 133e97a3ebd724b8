import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { CouchClient } from '../couch/couch-client';
import { REPORT_LIMITS } from '../../../src/lib/domain/reports/report.types';
import { RateLimiter, submitReport } from '../services/reports.service';
import { jsonBodyFaults, refuse } from './refusal';

export const REPORTS_PATH = '/api/reports';

/** Ten reports per address in ten minutes: far above what a field worker sends. */
export const REPORT_RATE_LIMIT = { max: 10, windowMs: 10 * 60 * 1000 };

/**
 * `POST /api/reports`: anonymous data-error reports from the app's offline outbox. The body
 * parser lives on this route only (the /db proxy must stream bodies untouched).
 */
export function reportsRouter(
  client: CouchClient,
  limit: { max: number; windowMs: number } = REPORT_RATE_LIMIT,
): Router {
  const router = express.Router();
  const limiter = new RateLimiter(limit.max, limit.windowMs);

  router.post(
    REPORTS_PATH,
    (req: Request, res: Response, next: NextFunction) => {
      const wait = limiter.take(req.ip ?? req.socket.remoteAddress ?? 'unknown');
      if (wait === 0) return next();
      res.setHeader('Retry-After', String(wait));
      refuse(res, 429, {
        cs: 'Příliš mnoho hlášení z tohoto zařízení; zkuste to prosím později.',
        en: 'Too many reports from this device; please try again later.',
      });
    },
    express.json({ limit: REPORT_LIMITS.bodyBytes, strict: true }),
    async (req: Request, res: Response) => {
      if (!req.is('application/json')) {
        refuse(res, 400, {
          cs: 'Hlášení musí být odesláno jako JSON.',
          en: 'A report must be sent as JSON.',
        });
        return;
      }
      const result = await submitReport(client, req.body);
      if (!result.ok) {
        refuse(res, 400, result.reason);
        return;
      }
      res.status(result.duplicate ? 200 : 201).json({ ok: true, id: result.id });
    },
  );

  // Body-parser faults (too large, malformed JSON) answer in words, like every other refusal.
  router.use(
    REPORTS_PATH,
    jsonBodyFaults({
      tooLarge: {
        cs: `Hlášení je příliš velké (nejvýše ${REPORT_LIMITS.bodyBytes / 1024} kB).`,
        en: `The report is too large (at most ${REPORT_LIMITS.bodyBytes / 1024} kB).`,
      },
      notJson: {
        cs: 'Hlášení není platný JSON.',
        en: 'The report is not valid JSON.',
      },
    }),
  );
  return router;
}
