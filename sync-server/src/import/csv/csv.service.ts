import { readFile, writeFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { deepEqual } from '../../../../src/lib/domain/catalog/stable-json';
import type { ServiceDoc } from '../../../../src/lib/domain/catalog/service.types';
import { listServices } from '../../couch/catalog.storage';
import type { CouchClient } from '../../couch/couch-client';
import { validateAll, writeAllOrNothing } from '../catalog-writer';
import { ImportError } from '../import-error';
import { applyRow, CSV_COLUMNS, rowToService, serviceToRow, type CsvRow } from './csv.mapper';

export interface CsvImportSummary {
  rows: number;
  added: number;
  changed: number;
  unchanged: number;
  written: number;
}

/**
 * Imports local services from a spreadsheet. Every row is checked first; any bad row stops the
 * import with one line per problem ("row 4: …") and nothing is written. Fields the CSV does
 * not carry (life situations, hours, accessibility…) are kept on existing services.
 */
export async function importCsv(
  client: CouchClient,
  file: string,
  options: { dryRun?: boolean; now?: Date } = {},
): Promise<CsvImportSummary> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ImportError(`The file ${file} cannot be read; check the path.`);
  }
  let rows: CsvRow[];
  try {
    rows = parse(text, {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      trim: true,
    }) as CsvRow[];
  } catch (error) {
    throw new ImportError(
      `The file ${file} is not valid CSV (${(error as Error).message.split('\n')[0]}); nothing was imported.`,
    );
  }
  const header = rows.length > 0 ? Object.keys(rows[0]!) : [];
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (rows.length === 0 || unknown.length > 0 || !header.includes('name')) {
    throw new ImportError(
      `The file ${file} does not have the expected columns (${unknown.length ? `unknown: ${unknown.join(', ')}` : 'none or no "name"'}); export one with npm run export:csv to see them.`,
    );
  }
  const now = (options.now ?? new Date()).toISOString();
  const existing = new Map((await listServices(client)).map((d) => [d._id, d]));
  const problems: string[] = [];
  const writes: ServiceDoc[] = [];
  const seen = new Set<string>();
  const summary: CsvImportSummary = {
    rows: rows.length,
    added: 0,
    changed: 0,
    unchanged: 0,
    written: 0,
  };
  rows.forEach((row, i) => {
    // Row numbers as the spreadsheet shows them: the header is row 1.
    const label = `row ${i + 2}`;
    const { fields, errors } = rowToService(row);
    if (!fields) {
      problems.push(`${label}: ${errors.join('; ')}`);
      return;
    }
    if (seen.has(fields._id)) {
      problems.push(`${label}: id ${fields._id} appears twice`);
      return;
    }
    seen.add(fields._id);
    const stored = existing.get(fields._id);
    if (stored?.source?.kind === 'registry') {
      problems.push(`${label}: ${fields._id} is a registry service; edit it in the app instead`);
      return;
    }
    const candidate = { ...applyRow(stored, fields), updatedAt: now } as ServiceDoc;
    if (
      stored &&
      deepEqual(
        { ...candidate, updatedAt: undefined },
        { ...stored, _rev: undefined, updatedAt: undefined },
      )
    ) {
      summary.unchanged++;
      return;
    }
    if (stored) summary.changed++;
    else summary.added++;
    writes.push(stored?._rev ? { ...candidate, _rev: stored._rev } : candidate);
  });
  if (problems.length > 0) {
    throw new ImportError(
      `${problems.length} row(s) of ${file} have errors, so nothing was imported.`,
      problems,
    );
  }
  validateAll(writes, (d) => d._id);
  if (options.dryRun) return summary;
  summary.written = await writeAllOrNothing(client, writes, existing);
  return summary;
}

/** Exports local (non-registry) services; registry ones are refreshed from the registry instead. */
export async function exportCsv(client: CouchClient, file: string | undefined): Promise<number> {
  const local = (await listServices(client)).filter(
    (d) => d.type === 'service' && d.source?.kind !== 'registry',
  );
  const csv = stringify(local.map(serviceToRow), {
    header: true,
    columns: [...CSV_COLUMNS],
    bom: true,
  });
  if (file) await writeFile(file, csv);
  else process.stdout.write(csv);
  return local.length;
}
