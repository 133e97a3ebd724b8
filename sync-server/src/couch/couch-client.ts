import nano, { type ServerScope } from 'nano';
import type { CouchConnection } from '../config/couch-connection';
import { StartupError } from '../config/startup-error';

export type CouchClient = ServerScope;

const HEALTH_TIMEOUT_MS = 5_000;

/**
 * A nano client that sends basic auth on every request. Cookie sessions are not an option:
 * nano 11's cookie jar drops the embedded server's AuthSession cookie (no Expires/SameSite).
 */
export function createCouchClient(connection: CouchConnection): CouchClient {
  const token = Buffer.from(`${connection.user}:${connection.password}`).toString('base64');
  return nano({ url: connection.url, headers: { Authorization: `Basic ${token}` } });
}

/** HTTP status of a nano error, or undefined when the request never got an answer. */
export function couchStatus(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** `GET /` answers on CouchDB 3 and on the embedded server alike (it has no `/_up`). */
export async function checkReachable(client: CouchClient, url: string): Promise<void> {
  try {
    // nano passes `signal` on to fetch but its types do not list it.
    const request = { path: '', signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) };
    await client.relax(request as Parameters<CouchClient['relax']>[0]);
  } catch (error) {
    const status = couchStatus(error);
    // Any HTTP answer (even 401 from a locked-down server) proves something is listening.
    if (status !== undefined) return;
    throw new StartupError(
      `CouchDB at ${url} is not reachable; check COUCHDB_URL and that CouchDB is running.`,
    );
  }
}

/** Fails unless the configured credentials belong to a server admin. */
export async function verifyAdmin(client: CouchClient, url: string, user: string): Promise<void> {
  let roles: string[] = [];
  try {
    const session = await client.session();
    roles = session.userCtx.roles;
  } catch (error) {
    const status = couchStatus(error);
    if (status === 401 || status === 403) roles = [];
    else if (status === undefined) {
      throw new StartupError(`CouchDB at ${url} stopped answering while checking credentials.`);
    } else throw error;
  }
  if (!roles.includes('_admin')) {
    throw new StartupError(
      `CouchDB at ${url} did not accept "${user}" as an admin; check COUCHDB_USER and COUCHDB_PASSWORD.`,
    );
  }
}
