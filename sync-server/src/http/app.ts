import express, { type NextFunction, type Request, type Response } from 'express';
import type { CouchClient } from '../couch/couch-client';
import { adminOnly } from './admin-only';
import { bodyLimits } from './body-limits';
import { calendarRouter } from './calendar.route';
import { DB_PREFIX, dbProxy, type DatabaseAvailability } from './db-proxy';
import { ownPasswordRouter } from './own-password.route';
import { passwordGate } from './password-gate';
import { PasswordThrottle } from './password-throttle';
import { reportsRouter } from './reports.route';
import { securityHeaders } from './security-headers';
import { SNAPSHOT_PATH, snapshotRoute } from './snapshot.route';
import { staticFiles } from './static-files';
import { SURVEY_RATE_LIMITS, surveysRouter, type SurveyRateLimits } from './surveys.route';

export interface AppOptions {
  /** CouchDB base URL without credentials. */
  couchUrl: string;
  buildDir: string;
  /** The admin connection; enables routes that act on the server's behalf (reports, calendar feeds). */
  couch?: CouchClient;
  /** The embedded server's state: while it restarts, /db answers 503 with Retry-After. */
  database?: DatabaseAvailability;
  /** TRUST_PROXY (settings.ts); off by default. */
  trustProxy?: false | number | string;
  /** Enables the anonymous survey endpoints: the token secret (DATA_DIR) and rate limits. */
  surveys?: { secret: string; limits?: Partial<SurveyRateLimits> };
}

export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Off: req.ip is the socket's address and req.secure is false (sync-server speaks plain HTTP).
  // On: both come from the reverse proxy's X-Forwarded-For / X-Forwarded-Proto.
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(securityHeaders);
  // Before the proxy: its token path is under /db, where the session cookie is sent.
  if (options.couch) app.use(calendarRouter(options.couch, options.couchUrl));
  // One throttle for every way to present a password: sign-in, HTTP Basic, a password change.
  const throttle = new PasswordThrottle();
  if (options.couch) app.use(ownPasswordRouter(options.couch, options.couchUrl, throttle));
  // No body parser anywhere before the proxy: request bodies must stream to CouchDB untouched.
  app.use(DB_PREFIX, bodyLimits);
  app.use(DB_PREFIX, passwordGate(options.couchUrl, throttle));
  app.use(DB_PREFIX, adminOnly(options.couchUrl));
  app.use(DB_PREFIX, dbProxy(options.couchUrl, options.database));
  if (options.couch) app.use(reportsRouter(options.couch));
  if (options.couch && options.surveys) {
    const limits = { ...SURVEY_RATE_LIMITS, ...options.surveys.limits };
    app.use(surveysRouter(options.couch, options.surveys.secret, limits));
  }
  app.use(SNAPSHOT_PATH, snapshotRoute(options.couchUrl));
  app.use(staticFiles(options.buildDir));
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    // The client's fault (e.g. a malformed % escape in a route parameter): say so, with 400.
    const status = (error as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500 && !res.headersSent) {
      res
        .status(status)
        .type('text/plain; charset=utf-8')
        .send('Chybný požadavek. / Bad request.\n');
      return;
    }
    console.error(`Request failed: ${error instanceof Error ? error.message : String(error)}`);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(500).type('text/plain; charset=utf-8').send('Something went wrong; try again.\n');
  });
  return app;
}
