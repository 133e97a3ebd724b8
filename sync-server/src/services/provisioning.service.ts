import type { CouchClient } from '../couch/couch-client';
import { ensureDatabase } from '../couch/database-setup';
import { CATALOG_DB, DATABASES } from '../couch/databases';
import { loadDemoOnce, REFERENCE_MARKER } from '../couch/demo-data';
import { ensureDesignDocs } from '../couch/design-docs';
import { ensureDynamicDatabases } from '../couch/dynamic-databases';
import { ensureJoinRequestsDatabases } from '../couch/join-requests.storage';
import { ensureSecurity } from '../couch/security';
import { configureSessions } from '../couch/session-config';
import { demoOnlyCatalogDocs, referenceCatalogDocs } from '../demo/catalog.demo';
import { provisionDemoPlans } from './plan-demo.service';

export interface ProvisioningReport {
  demoLoaded: number;
  /** Demo documents the database refused (a bug in the demo set, not fatal). */
  demoRefused: string[];
}

export interface ProvisioningOptions {
  /** DEMO_DATA: load the demo catalogue and plans (once, see loadDemoOnce). */
  demoData: boolean;
  /** SESSION_DAYS in seconds; set on Apache CouchDB (the embedded server reads config.json). */
  sessionSeconds: number;
}

/**
 * Brings CouchDB to the shape the app expects. Runs on every start and is idempotent: it only
 * writes what differs, so a restart adds no revisions. Order matters: security and validation
 * are in place before any document is written.
 */
export async function provision(
  client: CouchClient,
  mode: 'embedded' | 'couchdb',
  options: ProvisioningOptions,
): Promise<ProvisioningReport> {
  if (mode === 'couchdb') await configureSessions(client, options.sessionSeconds);
  const databases = DATABASES.filter((spec) => mode === 'couchdb' || !spec.couchdbOnly);
  for (const spec of databases) {
    await ensureDatabase(client, spec.name);
    await ensureSecurity(client, spec.name, spec.security);
  }
  await ensureDesignDocs(client);
  // ORP plans and working groups created by the admin CLI (found in _all_dbs).
  await ensureDynamicDatabases(client);
  // Taxonomies, life situations and territory: needed with or without demo data.
  const reference = await loadDemoOnce(
    client,
    CATALOG_DB,
    referenceCatalogDocs(),
    REFERENCE_MARKER,
  );
  if (!options.demoData) {
    await ensureJoinRequestsDatabases(client);
    return { demoLoaded: reference.loaded, demoRefused: reference.refused };
  }
  const demo = await loadDemoOnce(client, CATALOG_DB, demoOnlyCatalogDocs());
  // The demo ORPs' plans and group databases (after the catalogue: they name its services).
  const planRefused = await provisionDemoPlans(client);
  // Every ORP's coordinators-only joining requests (after the demo ORPs exist).
  await ensureJoinRequestsDatabases(client);
  return {
    demoLoaded: reference.loaded + demo.loaded,
    demoRefused: [...reference.refused, ...demo.refused, ...planRefused],
  };
}
