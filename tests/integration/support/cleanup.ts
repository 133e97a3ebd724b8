/**
 * Databases a test file created on a shared Apache CouchDB, dropped when the file ends. sync-server
 * secures every `orp-*` database on each start (provisioning walks `_all_dbs`), so ORPs left
 * behind by earlier runs would make every later start slower. The embedded server's data
 * directory is removed with the server, so there is nothing to do there.
 */
import { basicAuth } from './couch';
import { externalCouchUrl, testAdmin } from './server';

const orps = new Set<string>();

/** Drop this ORP's databases (`orp-<orp>-…`) when the current test file ends. */
export function dropOrpAfterFile(orp: string): void {
  orps.add(orp);
}

export async function dropTestDatabases(): Promise<void> {
  if (!externalCouchUrl || orps.size === 0) return;
  const base = externalCouchUrl.replace(/\/+$/, '');
  const admin = testAdmin();
  const headers = { Authorization: basicAuth(admin.user, admin.password) };
  const response = await fetch(`${base}/_all_dbs`, { headers });
  if (!response.ok) throw new Error(`GET /_all_dbs answered ${response.status}`);
  const names = (await response.json()) as string[];
  const prefixes = [...orps].map((orp) => `orp-${orp}-`);
  for (const name of names.filter((db) => prefixes.some((prefix) => db.startsWith(prefix)))) {
    const dropped = await fetch(`${base}/${encodeURIComponent(name)}`, {
      method: 'DELETE',
      headers,
    });
    if (!dropped.ok && dropped.status !== 404) {
      throw new Error(`DELETE /${name} answered ${dropped.status}`);
    }
  }
  orps.clear();
}
