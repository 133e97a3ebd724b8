// Child process of embedded-couch.ts: express-pouchdb over pouchdb-node (leveldb), serving a
// CouchDB-compatible HTTP API on loopback. Plain JavaScript so it starts with bare `node` (no
// TypeScript loader): faster start, less memory, and nothing to compile after a clean `npm ci`.
//
// The parent writes <couchDir>/config.json (hashed admin, auth secret) before spawning us and
// passes the directory, host and port in the environment. We report the bound port over IPC.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import expressPouchDB from 'express-pouchdb';
import PouchDBNode from 'pouchdb-node';

const couchDir = process.env.EMBEDDED_COUCH_DIR;
const host = process.env.EMBEDDED_COUCH_HOST || '127.0.0.1';
const port = Number(process.env.EMBEDDED_COUCH_PORT || 0);

function report(message) {
  if (process.send) process.send(message);
}

function fail(reason) {
  report({ type: 'error', message: reason });
  console.error(reason);
  process.exit(1);
}

if (!couchDir || !path.isAbsolute(couchDir)) fail('EMBEDDED_COUCH_DIR must be an absolute path.');
const configPath = path.join(couchDir, 'config.json');
let config;
try {
  config = JSON.parse(fs.readFileSync(configPath, 'utf8'));
} catch (err) {
  fail(`Cannot read ${configPath}: ${err.message}`);
}
// An empty admins section is CouchDB's "admin party": everyone is admin. Refuse to serve.
if (!config.admins || Object.keys(config.admins).length === 0) {
  fail(`${configPath} names no admin; refusing to start an admin party.`);
}

const PouchDB = PouchDBNode.defaults({ prefix: couchDir + path.sep });

const app = expressPouchDB(PouchDB, {
  mode: 'fullCouchDB',
  configPath,
  logPath: path.join(couchDir, 'log.txt'),
  overrideMode: {
    // Only what the app and sync-server use; everything else is attack surface. The
    // _replicator daemon is off: replication is always driven by clients (PouchDB) or by
    // sync-server, never by documents in _replicator.
    exclude: [
      // pouchdb-size adds `disk_size` to every info() by walking the database's directory
      // (readdir + lstat of every LevelDB file). pouchdb-auth calls `_users` info() on every
      // cookie- or password-authenticated request just to read the database name, so every
      // request walked `_users` on disk: a third of a signed-in request's CPU, and the most
      // expensive single item when 200 members sync (bench:sync). Nothing reads disk_size
      // (CouchDB 3 reports `sizes` instead).
      'disk-size',
      'replicator',
      'routes/replicate',
      'routes/fauxton',
      'routes/http-log',
      'routes/log',
      'routes/vhosts',
      'routes/rewrite',
      'routes/special-test-auth',
      'routes/show',
      'routes/list',
      'routes/update',
      'routes/temp-views',
      'routes/db-updates',
      'routes/active-tasks',
      'routes/stats',
    ],
  },
});

// Express's default error handler answers with an HTML page holding the stack trace. Clients
// get CouchDB-style JSON instead; the details go to the log file.
app.use((err, req, res, _next) => {
  console.error(`${req.method} ${req.url}:`, err);
  if (res.headersSent) return res.end();
  const status = Number.isInteger(err?.status) && err.status >= 400 ? err.status : 500;
  res.status(status).json({
    error: status === 500 ? 'internal_server_error' : 'bad_request',
    reason: 'The server could not handle this request.',
  });
});

// Sessions last couch_httpd_auth.timeout seconds since their last use, in a persistent cookie
// when allow_persistent_cookies is on (SESSION_DAYS; members work offline for days). Apache
// CouchDB sends Max-Age and Expires on sign-in and on every refresh; express-pouchdb sends
// neither on POST /_session and, on a refresh, a Max-Age in milliseconds taken from a timeout in
// seconds (600 s became 0.6 s). Every AuthSession cookie it sets gets CouchDB's attributes here;
// the sign-out's empty cookie is left as it is.
const auth = config.couch_httpd_auth ?? {};
const sessionSeconds = Number(auth.timeout) > 0 ? Number(auth.timeout) : 600;
const persistentCookies = auth.allow_persistent_cookies === true;

function persistentSessionCookie(cookie) {
  if (!/^AuthSession=[^;]/.test(cookie)) return cookie;
  const kept = cookie.split(';').filter((part) => !/^\s*(max-age|expires)=/i.test(part));
  const expires = new Date(Date.now() + sessionSeconds * 1000).toUTCString();
  return `${kept.join(';')}; Max-Age=${sessionSeconds}; Expires=${expires}`;
}

function withPersistentSessions(res) {
  const setHeader = res.setHeader;
  res.setHeader = function (name, value) {
    if (String(name).toLowerCase() !== 'set-cookie') return setHeader.call(this, name, value);
    const cookies = Array.isArray(value) ? value : [String(value)];
    return setHeader.call(this, name, cookies.map(persistentSessionCookie));
  };
}

const server = http.createServer((req, res) => {
  if (persistentCookies) withPersistentSessions(res);
  app(req, res);
});
// A slow or stalled client must not hold a socket forever; longpoll _changes sends heartbeats.
server.headersTimeout = 30_000;
server.requestTimeout = 120_000;

server.on('error', (err) =>
  fail(`Embedded CouchDB could not listen on ${host}:${port}: ${err.message}`),
);
server.listen(port, host, () => {
  const address = server.address();
  report({ type: 'listening', port: address.port, host: address.address });
});

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections();
  // Close leveldb handles so the LOCK files are released and the last writes are flushed.
  const cache = PouchDB.__dbCacheMap;
  const dbs = [];
  if (cache) cache.forEach((db) => dbs.push(db));
  await Promise.allSettled(dbs.map((db) => db.close()));
  process.exit(0);
}

process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
// The parent is gone (crashed, killed): do not linger as an orphan holding the leveldb locks.
process.on('disconnect', () => void shutdown());
