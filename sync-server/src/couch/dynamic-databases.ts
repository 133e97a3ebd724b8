import type { CouchClient } from './couch-client';
import { ensureDatabase } from './database-setup';
import { dynamicDatabaseSpec, orpDatabaseSpecs, type DatabaseSpec } from './databases';
import { parseDbName } from '../../../src/lib/domain/roles';
import { ensureDesignDocs } from './design-docs';
import { ensureSecurity } from './security';

/**
 * ORP plan and working-group databases are created at run time by the admin CLI, so they are
 * not rows of DATABASES: provisioning finds them by name in `_all_dbs` on every start and
 * brings their `_security` and validation up to date (idempotent: writes only what differs).
 */
export async function listDynamicDatabases(client: CouchClient): Promise<DatabaseSpec[]> {
  const names = await client.db.list();
  const specs = new Map<string, DatabaseSpec>();
  for (const name of names) {
    const spec = dynamicDatabaseSpec(name);
    if (spec) specs.set(spec.name, spec);
    // An ORP added before surveys existed gets its survey databases on the next start.
    const parsed = parseDbName(name);
    if (parsed?.kind === 'plan') {
      for (const orpSpec of orpDatabaseSpecs(parsed.orp)) specs.set(orpSpec.name, orpSpec);
    }
  }
  return [...specs.values()];
}

/** Creates (if missing) and secures one dynamic database, security before validation. */
export async function ensureDynamicDatabase(
  client: CouchClient,
  spec: DatabaseSpec,
): Promise<void> {
  await ensureDatabase(client, spec.name);
  await ensureSecurity(client, spec.name, spec.security);
  await ensureDesignDocs(client, [spec.name]);
}

export async function ensureDynamicDatabases(client: CouchClient): Promise<number> {
  const specs = await listDynamicDatabases(client);
  for (const spec of specs) await ensureDynamicDatabase(client, spec);
  return specs.length;
}
