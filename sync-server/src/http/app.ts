import express, { type NextFunction, type Request, type Response } from 'express';
import { DB_PREFIX, dbProxy } from './db-proxy';
import { securityHeaders } from './security-headers';
import { staticFiles } from './static-files';

export interface AppOptions {
  /** CouchDB base URL without credentials. */
  couchUrl: string;
  buildDir: string;
}

export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders);
  // No body parser anywhere before the proxy: request bodies must stream to CouchDB untouched.
  app.use(DB_PREFIX, dbProxy(options.couchUrl));
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
