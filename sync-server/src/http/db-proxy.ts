import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { RequestHandler } from 'express';

/** The session cookie gets this path: it is only ever needed by requests to the proxy. */
export const DB_PREFIX = '/db';

/** SameSite=Strict always; Secure when the client came over TLS (see TRUST_PROXY). */
export function tightenCookie(cookie: string, secure: boolean): string {
  let tightened = /;\s*samesite=/i.test(cookie) ? cookie : `${cookie}; SameSite=Strict`;
  // Behind a TLS proxy (TRUST_PROXY on, X-Forwarded-Proto: https) the browser must never send
  // the session cookie over plain HTTP.
  if (secure && !/;\s*secure\b/i.test(tightened)) tightened += '; Secure';
  return tightened;
}

/** What the proxy needs to know of a database sync-server restarts itself (the embedded one). */
export interface DatabaseAvailability {
  isUp(): boolean;
  retryAfterSeconds(): number;
}

const NOT_ANSWERING =
  'Databáze teď neodpovídá; zkuste to později. / The database is not answering; try again later.';
const RESTARTING =
  'Databáze se restartuje; zkuste to za chvíli. / The database is restarting; try again shortly.';

function answerBadGateway(res: ServerResponse | Socket): void {
  if (!('writeHead' in res) || res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(502, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: 'bad_gateway', reason: NOT_ANSWERING }));
}

/** 503 + Retry-After: PouchDB (and any HTTP client) retries; nothing was written. */
function answerRestarting(res: ServerResponse | Socket, database: DatabaseAvailability): void {
  if (!('writeHead' in res) || res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(503, {
    'Content-Type': 'application/json; charset=utf-8',
    'Retry-After': String(database.retryAfterSeconds()),
  });
  res.end(JSON.stringify({ error: 'service_unavailable', reason: RESTARTING }));
}

/** Errors of a connection to a database that is not there (killed, not yet listening). */
const CONNECTION_LOST = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE']);

/**
 * Upstream connections are kept alive and reused: without an agent, http-proxy sends
 * `Connection: close` and opens a new TCP connection for every request, which under live sync
 * (several requests per change per member) is most of the proxy's cost. `maxSockets` bounds
 * the connections to the database; it must stay well above the number of open long-poll
 * `_changes` requests (one per synced database per signed-in browser, each holding a socket),
 * or requests would queue behind them. Idle sockets beyond `maxFreeSockets` are closed.
 *
 * `timeout` closes an idle pooled socket after 4 s, before the database closes it from its
 * side (Node's server default keep-alive timeout is 5 s, the embedded server's too): a request
 * sent on a socket the server is just closing fails with a reset, which the proxy could only
 * answer with 502. On a socket in use the timeout only emits an event nobody acts on (no
 * `proxyTimeout`), so long-polls are not cut.
 */
export function upstreamAgent(couchUrl: string): http.Agent {
  const options = { keepAlive: true, maxSockets: 2048, maxFreeSockets: 256, timeout: 4_000 };
  return new URL(couchUrl).protocol === 'https:'
    ? new https.Agent(options)
    : new http.Agent(options);
}

/**
 * Same-origin proxy `/db/*` → CouchDB, so the browser's AuthSession cookie works without CORS.
 * It forwards the client's own Cookie/Authorization and adds nothing: the proxy must never
 * grant more than the client already has. Responses stream through unbuffered and without a
 * proxy timeout, because PouchDB's longpoll `_changes` holds a request open for a long time.
 */
export function dbProxy(couchUrl: string, database?: DatabaseAvailability): RequestHandler {
  const proxy = createProxyMiddleware<IncomingMessage, ServerResponse>({
    target: couchUrl,
    agent: upstreamAgent(couchUrl),
    changeOrigin: true,
    cookiePathRewrite: { '*': DB_PREFIX },
    on: {
      proxyRes: (proxyRes, req) => {
        // A Basic challenge would pop up the browser's own login dialog over the app.
        delete proxyRes.headers['www-authenticate'];
        // The embedded server is express too; do not advertise either.
        delete proxyRes.headers['x-powered-by'];
        const cookies = proxyRes.headers['set-cookie'];
        const secure = (req as IncomingMessage & { secure?: boolean }).secure === true;
        if (cookies) proxyRes.headers['set-cookie'] = cookies.map((c) => tightenCookie(c, secure));
      },
      error: (error: NodeJS.ErrnoException, _req, res) => {
        // The embedded child can die between the check below and the connection: a refused
        // or reset connection to it means "restarting" as well.
        if (database && (!database.isUp() || CONNECTION_LOST.has(error.code ?? ''))) {
          answerRestarting(res, database);
        } else {
          answerBadGateway(res);
        }
      },
    },
  }) as unknown as RequestHandler;
  if (!database) return proxy;
  return (req, res, next) => {
    if (database.isUp()) return proxy(req, res, next);
    // Answered at once, before any of a request body is read: nothing reaches the database.
    answerRestarting(res, database);
  };
}
