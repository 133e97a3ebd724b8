import type { CatalogDoc } from '../../../../src/lib/domain/catalog/catalog.types';
import {
  markRemoved,
  mergeRegistryService,
} from '../../../../src/lib/domain/catalog/curated-merge';
import {
  REGISTRY_SERVICE_ID_PREFIX,
  type ServiceDoc,
} from '../../../../src/lib/domain/catalog/service.types';
import { listServices } from '../../couch/catalog.storage';
import type { CouchClient } from '../../couch/couch-client';
import { validateAll, writeAllOrNothing } from '../catalog-writer';
import { ImportError } from '../import-error';
import { EMPTY_CODE_LISTS, loadCodeLists } from './rpss-codelists';
import { docScope, inScope, type ScopeFilter } from './rpss-scope';
import { readRpssItems } from './rpss-stream.reader';
import { MapReport, mapRpssRecord } from './rpss.mapper';

export interface RpssImportOptions extends ScopeFilter {
  file: string;
  codeListsDir?: string;
  dryRun?: boolean;
  force?: boolean;
  /** Injected clock for tests; defaults to now. */
  now?: Date;
  onBytes?: (read: number, total: number) => void;
}

export interface RpssImportSummary {
  records: number;
  inScope: number;
  added: number;
  changed: number;
  unchanged: number;
  /** Tombstoned in this run: ended (datumPoskytovaniDo in the past) or gone from the file. */
  removed: number;
  ended: number;
  disappeared: number;
  skipped: number;
  /** Services where an editor's change to a registry field was kept. */
  keptLocal: number;
  withheldAddresses: number;
  unknownCodes: string[];
  written: number;
  dryRun: boolean;
}

/** More than this share of registry services removed in one run needs --force. */
export const REMOVAL_LIMIT = 0.05;

/**
 * Imports the national registry file: stream and map every record, plan the changes against
 * the stored catalogue (curated fields kept, tombstones for ended and vanished services), check
 * them, then write everything in one pass or nothing at all.
 */
export async function importRpss(
  client: CouchClient,
  options: RpssImportOptions,
): Promise<RpssImportSummary> {
  const now = (options.now ?? new Date()).toISOString();
  const today = now.slice(0, 10);
  const codeLists = options.codeListsDir
    ? await loadCodeLists(options.codeListsDir)
    : EMPTY_CODE_LISTS;
  const report = new MapReport();
  const ctx = { codeLists, today, report };
  const filter: ScopeFilter = { region: options.region, orp: options.orp };

  const existing = new Map<string, ServiceDoc>();
  for (const doc of await listServices(client, REGISTRY_SERVICE_ID_PREFIX))
    existing.set(doc._id, doc);

  const summary: RpssImportSummary = {
    records: 0,
    inScope: 0,
    added: 0,
    changed: 0,
    unchanged: 0,
    removed: 0,
    ended: 0,
    disappeared: 0,
    skipped: 0,
    keptLocal: 0,
    withheldAddresses: 0,
    unknownCodes: [],
    written: 0,
    dryRun: options.dryRun === true,
  };
  const writes = new Map<string, ServiceDoc>();
  const seen = new Set<string>();

  for await (const { index, value } of readRpssItems(options.file, { onBytes: options.onBytes })) {
    summary.records++;
    let outcome;
    try {
      outcome = mapRpssRecord(value, ctx);
    } catch (error) {
      if (error instanceof ImportError) {
        throw new ImportError(
          `The file ${options.file} does not match the registry format: ${error.message} (item ${index + 1} of "polozky"); nothing was imported.`,
        );
      }
      throw error;
    }
    if (!inScope(outcome.scope, filter)) continue;
    summary.inScope++;
    const id = outcome.kind === 'service' ? outcome.data._id : outcome.id;
    seen.add(id);
    const stored = writes.get(id) ?? existing.get(id);
    if (outcome.kind === 'skipped') {
      summary.skipped++;
      continue;
    }
    if (outcome.ended) {
      if (stored) {
        const r = markRemoved(stored, 'ended', now);
        if (r.changed) {
          writes.set(id, r.doc);
          summary.ended++;
        } else summary.unchanged++;
      }
      continue;
    }
    const merged = mergeRegistryService(stored, outcome.data, now);
    if (merged.keptLocal.length > 0) summary.keptLocal++;
    if (!merged.changed) {
      summary.unchanged++;
      continue;
    }
    if (!existing.has(id) && !writes.has(id)) summary.added++;
    else if (!writes.has(id)) summary.changed++;
    writes.set(id, merged.doc);
  }

  let activeInScope = 0;
  for (const doc of existing.values()) {
    if (doc.status === 'removed' || !inScope(docScope(doc), filter)) continue;
    activeInScope++;
    if (seen.has(doc._id)) continue;
    const r = markRemoved(doc, 'disappeared', now);
    if (r.changed) {
      writes.set(doc._id, r.doc);
      summary.disappeared++;
    }
  }
  summary.removed = summary.ended + summary.disappeared;
  summary.withheldAddresses = report.withheldAddresses;
  summary.unknownCodes = report.unknownCodeLines();

  if (!options.force && activeInScope > 0 && summary.removed / activeInScope > REMOVAL_LIMIT) {
    const share = Math.round((summary.removed / activeInScope) * 1000) / 10;
    throw new ImportError(
      `This import would remove ${summary.removed} of ${activeInScope} registry services (${share} %, over the ${REMOVAL_LIMIT * 100} % limit); check the file and run again with --force if that is right.`,
    );
  }
  const docs = [...writes.values()];
  validateAll(docs, (d) => d._id);
  if (summary.dryRun) return summary;
  summary.written = await writeAllOrNothing(
    client,
    docs,
    existing as ReadonlyMap<string, CatalogDoc>,
  );
  return summary;
}
