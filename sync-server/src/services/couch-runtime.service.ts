import path from 'node:path';
import { resolveEmbeddedAdmin } from '../config/admin-credentials';
import {
  readRunningServer,
  resolveCouchConnection,
  writeRunningServer,
  type CouchConnection,
} from '../config/couch-connection';
import { displayUrl, type Settings } from '../config/settings';
import { StartupError } from '../config/startup-error';
import {
  checkReachable,
  createCouchClient,
  verifyAdmin,
  type CouchClient,
} from '../couch/couch-client';
import { superviseEmbeddedCouch, type SupervisedCouch } from '../embedded/embedded-supervisor';

export interface CouchRuntime {
  connection: CouchConnection;
  client: CouchClient;
  /** Present in embedded mode: the child process this sync-server owns, restarted when it dies. */
  embedded: SupervisedCouch | undefined;
  /** Human description for the start-up line, e.g. "CouchDB at http://db:5984". */
  description: string;
}

function shownDataDir(dataDir: string): string {
  const relative = path.relative(process.cwd(), dataDir);
  return relative === ''
    ? '.'
    : relative.startsWith('..') || path.isAbsolute(relative)
      ? dataDir
      : `./${relative}`;
}

async function startEmbedded(
  settings: Settings,
  onEmbedded: (embedded: SupervisedCouch) => void,
): Promise<CouchConnection> {
  // Its LevelDB files can be opened by one process only; say so instead of a lock error.
  const other = await readRunningServer(settings);
  if (other && other.pid !== process.pid) {
    throw new StartupError(
      `Another Rozcestník server (pid ${other.pid}) already uses DATA_DIR=${settings.dataDir}; stop it or choose another DATA_DIR.`,
    );
  }
  const admin = await resolveEmbeddedAdmin(settings);
  let embedded: SupervisedCouch;
  try {
    embedded = await superviseEmbeddedCouch({
      dataDir: settings.dataDir,
      adminUser: admin.user,
      adminPassword: admin.password,
      sessionSeconds: settings.sessionSeconds,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new StartupError(`The embedded CouchDB-compatible server did not start: ${detail}`);
  }
  onEmbedded(embedded);
  await writeRunningServer(settings, embedded.url);
  return { url: embedded.url, user: admin.user, password: admin.password, mode: 'embedded' };
}

/**
 * Starts (embedded) or finds (COUCHDB_URL) CouchDB and proves we can administer it. The
 * embedded child is handed to `onEmbedded` as soon as it exists, so a later failure can stop it.
 */
export async function openCouch(
  settings: Settings,
  onEmbedded: (embedded: SupervisedCouch) => void,
): Promise<CouchRuntime> {
  let embedded: SupervisedCouch | undefined;
  const connection = settings.couchdbUrl
    ? await resolveCouchConnection(settings)
    : await startEmbedded(settings, (started) => {
        embedded = started;
        onEmbedded(started);
      });
  const client = createCouchClient(connection);
  await checkReachable(client, connection.url);
  await verifyAdmin(client, connection.url, connection.user);
  const description = embedded
    ? `embedded CouchDB-compatible server, data in ${shownDataDir(settings.dataDir)}`
    : `CouchDB at ${displayUrl(connection.url)}`;
  return { connection, client, embedded, description };
}

/**
 * For command-line tools (imports, admin): the CouchDB that `npm start` uses with the same
 * settings, checked to be reachable and administrable. Throws a StartupError with one sentence.
 */
export async function connectToCouch(
  settings: Settings,
): Promise<{ connection: CouchConnection; client: CouchClient }> {
  const connection = await resolveCouchConnection(settings);
  const client = createCouchClient(connection);
  await checkReachable(client, connection.url);
  await verifyAdmin(client, connection.url, connection.user);
  return { connection, client };
}
