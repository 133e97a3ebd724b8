import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { askSession } from './couch-session';
import { PasswordThrottle, tooManyAttempts, type Attempt } from './password-throttle';

/**
 * Every way to present a password through `/db` passes here before the proxy, and shares one
 * PasswordThrottle:
 *
 * - HTTP Basic on any path: the credentials are checked once with CouchDB's `GET /_session`
 *   (concurrent requests with the same header share that check; a right one is remembered for
 *   a minute, so a Basic client costs one extra request a minute). A wrong one is answered 401
 *   here and never reaches the database.
 * - `POST /_session` (the app's sign-in): the small body is read for the name and replayed to
 *   the proxy, which streams the request on with `req.pipe(proxyReq)`; CouchDB's answer decides.
 *
 * Cookies carry no password (CouchDB signs them), so they pass untouched.
 */
const MAX_SESSION_BODY = 16 * 1024;
const VERIFIED_TTL_MS = 60_000;
const MAX_VERIFIED = 10_000;

type Verdict = 'valid' | 'invalid' | 'unknown';

function basicCredentials(header: string | undefined): { name: string } | undefined {
  const match = /^basic\s+(\S+)/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return { name: colon < 0 ? decoded : decoded.slice(0, colon) };
}

function sessionUserName(body: string, contentType: string | undefined): string {
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

function readSmallBody(req: Request): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_SESSION_BODY) {
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

function answerBlocked(res: Response, retryAfterS: number): void {
  res.setHeader('Retry-After', String(retryAfterS));
  res.status(429).json(tooManyAttempts(retryAfterS));
}

function clientAddress(req: Request): string {
  // req.ip honours X-Forwarded-For only when TRUST_PROXY is on (express "trust proxy").
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

export function passwordGate(
  couchUrl: string,
  throttle: PasswordThrottle = new PasswordThrottle(),
): RequestHandler {
  const verified = new Map<string, number>();
  const pending = new Map<string, Promise<Verdict | { retryAfterS: number }>>();

  async function askCouch(authorization: string): Promise<Verdict> {
    const session = await askSession(couchUrl, { authorization });
    if (session?.status === 401) return 'invalid';
    if (!session || session.status !== 200) return 'unknown';
    return session.name !== undefined ? 'valid' : 'invalid';
  }

  async function checkBasic(
    authorization: string,
    name: string,
    address: string,
  ): Promise<Verdict | { retryAfterS: number }> {
    const attempt = await throttle.begin(name, address);
    if (attempt.blocked) return { retryAfterS: attempt.retryAfterS };
    const verdict = await askCouch(authorization);
    await settle(attempt, verdict);
    return verdict;
  }

  async function settle(attempt: Attempt, verdict: Verdict): Promise<void> {
    if (attempt.blocked) return;
    if (verdict === 'valid') await attempt.succeeded();
    else if (verdict === 'invalid') await attempt.failed();
    else await attempt.undecided();
  }

  function remember(hash: string): void {
    verified.delete(hash);
    verified.set(hash, Date.now() + VERIFIED_TTL_MS);
    if (verified.size > MAX_VERIFIED) {
      const oldest = verified.keys().next().value;
      if (oldest !== undefined) verified.delete(oldest);
    }
  }

  async function gateBasic(req: Request, res: Response, next: NextFunction): Promise<void> {
    const authorization = req.headers.authorization ?? '';
    const credentials = basicCredentials(authorization);
    if (!credentials) return next();
    const address = clientAddress(req);
    // Per address too: the same right header from another address is checked again.
    const hash = createHash('sha256').update(`${address}\n${authorization}`).digest('base64');
    const until = verified.get(hash);
    if (until !== undefined && until > Date.now()) return next();
    let check = pending.get(hash);
    if (!check) {
      check = checkBasic(authorization, credentials.name, address).finally(() =>
        pending.delete(hash),
      );
      pending.set(hash, check);
    }
    const verdict = await check;
    if (typeof verdict === 'object') return answerBlocked(res, verdict.retryAfterS);
    if (verdict === 'invalid') {
      res.status(401).json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
      return;
    }
    if (verdict === 'valid') remember(hash);
    next();
  }

  async function gateSession(req: Request, res: Response, next: NextFunction): Promise<void> {
    const body = await readSmallBody(req);
    if (!body) {
      res
        .status(413)
        .json({ error: 'too_large', reason: 'Příliš velký požadavek. / Request too large.' });
      return;
    }
    const name = sessionUserName(body.toString('utf8'), req.headers['content-type']);
    const attempt = await throttle.begin(name, clientAddress(req));
    if (attempt.blocked) return answerBlocked(res, attempt.retryAfterS);
    // Settled once, when the exchange is over; a request dropped before its answer counts as
    // a failure (its guess still reached CouchDB).
    let finished = false;
    res.on('finish', () => (finished = true));
    res.on('close', () => {
      const status = res.statusCode;
      const verdict =
        !finished || status === 401 ? 'invalid' : status === 200 ? 'valid' : 'unknown';
      void settle(attempt, verdict);
    });
    // Replay the body we read to the proxy, which pipes the request to CouchDB.
    const replay = <T extends NodeJS.WritableStream>(destination: T): T => {
      destination.end(body);
      return destination;
    };
    (req as unknown as { pipe: typeof replay }).pipe = replay;
    next();
  }

  const isSignIn = (req: Request) => req.method === 'POST' && req.path === '/_session';

  return (req, res, next) => {
    const fail = (error: unknown) => next(error);
    const afterBasic = (error?: unknown) => {
      if (error !== undefined) return next(error);
      if (!isSignIn(req)) return next();
      gateSession(req, res, next).catch(fail);
    };
    if (basicCredentials(req.headers.authorization) === undefined) return afterBasic();
    gateBasic(req, res, afterBasic).catch(fail);
  };
}
