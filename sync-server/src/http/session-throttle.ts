import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Slows down password guessing on `POST /db/_session`, per user name and client address.
 * The first few failures are free (people mistype); after that each further failure doubles
 * a waiting time, up to a cap. While a pair waits, the request is answered 429 with
 * Retry-After and never reaches CouchDB. A success clears the pair's record.
 *
 * The body must still stream to CouchDB untouched (no body parser before the proxy), so the
 * small login body is read here and replayed to whatever pipes the request onwards: the proxy
 * (http-proxy) sends a request body with `req.pipe(proxyReq)`.
 *
 * State is in memory, per instance: several sync-server instances each throttle on their own,
 * which still bounds guessing (CouchDB 3 has no lockout of its own).
 */
export interface ThrottleOptions {
  freeFailures?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A record is forgotten after this long without failures. */
  forgetAfterMs?: number;
  now?: () => number;
}

interface Entry {
  failures: number;
  blockedUntil: number;
  lastFailure: number;
}

const MAX_BODY = 16 * 1024;
const MAX_ENTRIES = 10_000;

function userNameOf(body: string, contentType: string | undefined): string {
  try {
    if (contentType?.includes('application/x-www-form-urlencoded')) {
      return new URLSearchParams(body).get('name') ?? '';
    }
    const parsed = JSON.parse(body) as { name?: unknown };
    return typeof parsed.name === 'string' ? parsed.name : '';
  } catch {
    return '';
  }
}

function readBody(req: Request): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function sessionThrottle(options: ThrottleOptions = {}): RequestHandler {
  const freeFailures = options.freeFailures ?? 3;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const forgetAfterMs = options.forgetAfterMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  function forgetOld(at: number): void {
    for (const [key, entry] of entries) {
      if (at - entry.lastFailure > forgetAfterMs) entries.delete(key);
    }
    // Bounded memory under a flood of invented names: drop the oldest records first.
    while (entries.size > MAX_ENTRIES) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
  }

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST' || req.path !== '/_session') {
      next();
      return;
    }
    readBody(req).then(
      (body) => {
        if (!body) {
          res
            .status(413)
            .json({ error: 'too_large', reason: 'Příliš velký požadavek. / Request too large.' });
          return;
        }
        const name = userNameOf(body.toString('utf8'), req.headers['content-type']);
        const key = `${name.toLowerCase()}|${req.ip ?? req.socket.remoteAddress ?? ''}`;
        const at = now();
        forgetOld(at);
        const entry = entries.get(key);
        if (entry && entry.blockedUntil > at) {
          const seconds = Math.ceil((entry.blockedUntil - at) / 1000);
          res.setHeader('Retry-After', String(seconds));
          res.status(429).json({
            error: 'too_many_requests',
            reason: `Příliš mnoho neúspěšných pokusů; zkuste to znovu za ${seconds} s. / Too many failed attempts; try again in ${seconds} s.`,
          });
          return;
        }
        res.on('finish', () => {
          if (res.statusCode === 200) {
            entries.delete(key);
          } else if (res.statusCode === 401) {
            const failed = entries.get(key) ?? { failures: 0, blockedUntil: 0, lastFailure: 0 };
            failed.failures += 1;
            failed.lastFailure = now();
            const over = failed.failures - freeFailures;
            if (over >= 0) {
              failed.blockedUntil =
                failed.lastFailure + Math.min(maxDelayMs, baseDelayMs * 2 ** over);
            }
            entries.delete(key);
            entries.set(key, failed);
          }
        });
        // Replay the body we read to the proxy, which pipes the request to CouchDB.
        const replay = <T extends NodeJS.WritableStream>(destination: T): T => {
          destination.end(body);
          return destination;
        };
        (req as unknown as { pipe: typeof replay }).pipe = replay;
        next();
      },
      (error: unknown) => next(error),
    );
  };
}
