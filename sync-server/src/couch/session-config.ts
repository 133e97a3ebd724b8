import type { CouchClient } from './couch-client';

/**
 * Apache CouchDB's session settings, set through its HTTP config API on every node of the
 * cluster (`/_membership`; `_local` is the node answering, which on a cluster is only one of
 * them): `[chttpd_auth] timeout` is how long a session lasts since its cookie was last
 * refreshed (CouchDB refreshes it on a request once a tenth of the timeout has passed), and
 * `allow_persistent_cookies` gives the cookie Max-Age/Expires so it survives a browser or an
 * installed app being closed. Idempotent: only values that differ are written.
 *
 * A CouchDB-compatible server without the config API (the embedded server reached through
 * COUCHDB_URL answers 404) keeps its own session settings: returns false, nothing written.
 */
function notFound(error: unknown): undefined {
  if ((error as { statusCode?: number }).statusCode === 404) return undefined;
  throw error;
}

export async function configureSessions(
  client: CouchClient,
  timeoutSeconds: number,
): Promise<boolean> {
  const membership = (await client.relax({ path: '_membership' }).catch(notFound)) as
    { cluster_nodes?: string[] } | undefined;
  if (!membership) return false;
  const nodes = membership.cluster_nodes?.length ? membership.cluster_nodes : ['_local'];
  const wanted: Record<string, string> = {
    timeout: String(timeoutSeconds),
    allow_persistent_cookies: 'true',
  };
  for (const node of nodes) {
    const base = `_node/${encodeURIComponent(node)}/_config/chttpd_auth`;
    const current = (await client.relax({ path: base }).catch(notFound)) as
      Record<string, string> | undefined;
    if (!current) return false;
    for (const [key, value] of Object.entries(wanted)) {
      if (current[key] === value) continue;
      await client.relax({ method: 'PUT', path: `${base}/${key}`, body: value });
    }
  }
  return true;
}
