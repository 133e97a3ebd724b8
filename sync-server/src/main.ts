/**
 * sync-server entry point: settings → CouchDB (embedded or COUCHDB_URL) → provisioning → HTTP.
 * Prints exactly one line when ready. Every fault ends in one sentence on stderr and a non-zero
 * exit, never a stack trace: operators and Playwright's webServer read this output.
 */
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { removeRunningServer } from './config/couch-connection';
import { loadSettings, type Settings } from './config/settings';
import { StartupError, describeFault } from './config/startup-error';
import type { SupervisedCouch } from './embedded/embedded-supervisor';
import { createApp } from './http/app';
import { openCouch } from './services/couch-runtime.service';
import { ensureDemoAccounts } from './services/demo-accounts.service';
import { scheduleJoinRequestPurge } from './services/join-requests.service';
import { provision } from './services/provisioning.service';
import { loadSurveySecret } from './services/survey-token.service';

const CLOSE_GRACE_MS = 2_000;

let settings: Settings | undefined;
let embedded: SupervisedCouch | undefined;
let server: Server | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (server) {
      server.close();
      server.closeIdleConnections();
      // Longpoll _changes requests would otherwise hold the close for up to a minute.
      setTimeout(() => server?.closeAllConnections(), CLOSE_GRACE_MS).unref();
    }
    await embedded?.stop().catch(() => undefined);
    if (embedded && settings) await removeRunningServer(settings).catch(() => undefined);
  }
  process.exit(code);
}

function fail(error: unknown): void {
  console.error(describeFault(error));
  void shutdown(1);
}

function listen(app: ReturnType<typeof createApp>, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const listening = app.listen(port, host, (error?: Error) => {
      if (error) reject(toListenError(error, host, port));
      else resolve(listening);
    });
  });
}

/**
 * Asks for the port before the slow part of the start (CouchDB, provisioning, demo data), so a
 * taken port is reported at once and nothing is started; `listen` still reports a late race.
 */
function probePort(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(toListenError(error, host, port)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function toListenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new StartupError(
      `Port ${port} on ${host} is already in use; stop the other program or set PORT.`,
    );
  }
  if (error.code === 'EACCES') {
    return new StartupError(`Listening on port ${port} is not allowed; choose a PORT above 1023.`);
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    return new StartupError(`HOST=${host} is not an address of this machine.`);
  }
  return error;
}

function urlOf(listening: Server, host: string): string {
  const address = listening.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

async function main(): Promise<void> {
  settings = loadSettings();
  await probePort(settings.host, settings.port);
  // The embedded server's child is restarted when it dies (embedded-supervisor.ts); the app
  // keeps being served and /db answers 503 with Retry-After meanwhile.
  const runtime = await openCouch(settings, (started) => {
    embedded = started;
  });
  const report = await provision(runtime.client, runtime.connection.mode, {
    demoData: settings.demoData,
    sessionSeconds: settings.sessionSeconds,
  });
  if (report.demoRefused.length > 0) {
    console.error(
      `Warning: ${report.demoRefused.length} demo documents were refused, first: ${report.demoRefused[0]}`,
    );
  }
  // Demo members' accounts, embedded server only; names and password in DATA_DIR (README).
  if (runtime.connection.mode === 'embedded' && settings.demoData) {
    await ensureDemoAccounts(runtime.client, settings.dataDir);
  }
  // Joining requests not handled within the promised period are deleted (at start, then daily).
  scheduleJoinRequestPurge(runtime.client);
  const app = createApp({
    couchUrl: runtime.connection.url,
    buildDir: settings.buildDir,
    couch: runtime.client,
    ...(runtime.embedded ? { database: runtime.embedded } : {}),
    trustProxy: settings.trustProxy,
    surveys: { secret: await loadSurveySecret(settings.dataDir), limits: settings.surveyLimits },
  });
  server = await listen(app, settings.host, settings.port);
  if (stopping) return;
  console.log(`Rozcestník běží na ${urlOf(server, settings.host)} (${runtime.description})`);
}

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

main().catch(fail);
