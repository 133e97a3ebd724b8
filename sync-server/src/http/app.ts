import express, { type NextFunction, type Request, type Response } from 'express';
import type { CouchClient } from '../couch/couch-client';
import { calendarRouter } from './calendar.route';
import { DB_PREFIX, dbProxy, type DatabaseAvailability } from './db-proxy';
import { reportsRouter } from './reports.route';
import { securityHeaders } from './security-headers';
import { sessionThrottle } from './session-throttle';
import { SNAPSHOT_PATH, snapshotRoute } from './snapshot.route';
import { staticFiles } from './static-files';

export interface AppOptions {
  /** CouchDB base URL without credentials. */
  couchUrl: string;
  buildDir: string;
  /** The admin connection; enables routes that act on the server's behalf (reports, calendar feeds). */
  couch?: CouchClient;
  /** The embedded server's state: while it restarts, /db answers 503 with Retry-After. */
  database?: DatabaseAvailability;
}

export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders);
  // Before the proxy: its token path is under /db, where the session cookie is sent.
  if (options.couch) app.use(calendarRouter(options.couch, options.couchUrl));
  // No body parser anywhere before the proxy: request bodies must stream to CouchDB untouched.
  app.use(DB_PREFIX, sessionThrottle());
  app.use(DB_PREFIX, dbProxy(options.couchUrl, options.database));
  if (options.couch) app.use(reportsRouter(options.couch));
  app.use(SNAPSHOT_PATH, snapshotRoute(options.couchUrl));
  app.use(staticFiles(options.buildDir));
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    console.error(`Request failed: ${error instanceof Error ? error.message : String(error)}`);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(500).type('text/plain; charset=utf-8').send('Something went wrong; try again.\n');
  });
  return app;
}
