/**
 * `npm run import:plan`: loads an ORP's plan from a JSON or CSV file into `orp-<orp>-plan`.
 * All or nothing: every row and field is checked first and any problem stops the import with
 * one line per problem; the write is rolled back if CouchDB refuses any document. Idempotent:
 * documents whose content equals the stored one are not written again.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deepEqual } from '../../../../src/lib/domain/catalog/stable-json';
import { taxonomyId } from '../../../../src/lib/domain/catalog/taxonomy.types';
import type { PlanDbDoc } from '../../../../src/lib/domain/plan/plan.types';
import { isOrpCode, planDbName } from '../../../../src/lib/domain/roles';
import type { CouchClient } from '../../couch/couch-client';
import { listGroupCodes, readPlanningOrp } from '../../couch/planning.storage';
import { CATALOG_DB } from '../../couch/databases';
import { bulkWritePlan, databaseExists, listPlanDocs, missingIds } from '../../couch/plan.storage';
import { writeAllOrNothingWith } from '../catalog-writer';
import { ImportError } from '../import-error';
import { readPlanCsv } from './plan-csv.reader';
import { mapPlanFile, type MapOptions } from './plan-file.mapper';

export interface PlanImportSummary {
  orp: string;
  documents: number;
  added: number;
  changed: number;
  unchanged: number;
  written: number;
  dryRun: boolean;
}

export interface PlanImportOptions {
  orp?: string;
  dryRun?: boolean;
  now?: Date;
  /** Who the documents name as author; "import" by default. */
  author?: string;
  onProgress?: (done: number, total: number) => void;
}

/** Fields that say who wrote a document and when: not content, so re-imports ignore them. */
const VOLATILE = [
  '_rev',
  'createdBy',
  'createdAt',
  'updatedBy',
  'updatedAt',
  'proposedAt',
  'decidedAt',
  'approvedAt',
];

function content(doc: object): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...doc };
  for (const field of VOLATILE) delete copy[field];
  return copy;
}

interface Parsed {
  input: unknown;
  lineOf: MapOptions['lineOf'];
  problems: string[];
}

function jsonLines(text: string): MapOptions['lineOf'] {
  const lines = text.split('\n');
  return (_kind, number) => {
    const needle = new RegExp(`"number"\\s*:\\s*"?${number.replace(/\./g, '\\.')}"?\\s*[,}]?`);
    const index = lines.findIndex((line) => needle.test(line));
    return index === -1 ? undefined : index + 1;
  };
}

async function parseFile(file: string): Promise<Parsed> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ImportError(`The file ${file} cannot be read; check the path.`);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') {
    try {
      return { input: JSON.parse(text), lineOf: jsonLines(text), problems: [] };
    } catch (error) {
      throw new ImportError(
        `The file ${file} is not valid JSON (${(error as Error).message}); nothing was imported.`,
      );
    }
  }
  if (ext === '.csv') {
    try {
      const csv = readPlanCsv(text);
      return {
        input: csv.input,
        lineOf: (kind, number) => csv.lines.get(`${kind} ${number}`),
        problems: csv.problems,
      };
    } catch (error) {
      throw new ImportError(
        `The file ${file} cannot be imported: ${(error as Error).message.split('\n')[0]}; nothing was imported.`,
      );
    }
  }
  throw new ImportError(`The file ${file} must end in .json or .csv; nothing was imported.`);
}

/** The ORP from `--orp` or the file; it must exist with its plan database. */
async function resolveOrp(client: CouchClient, flag: string | undefined, input: unknown) {
  const fromFile =
    input && typeof input === 'object' ? (input as { orp?: unknown }).orp : undefined;
  const orp = flag ?? (typeof fromFile === 'string' ? fromFile : undefined);
  if (!orp) throw new ImportError('The file names no ORP; give one with --orp CODE.');
  if (!isOrpCode(orp) || !(await readPlanningOrp(client, orp))) {
    throw new ImportError(
      `Unknown ORP "${orp}"; add it first with npm run admin -- orp add ${orp} NAME.`,
    );
  }
  if (!(await databaseExists(client, planDbName(orp)))) {
    throw new ImportError(
      `The plan database ${planDbName(orp)} is missing; restart sync-server to provision it.`,
    );
  }
  return orp;
}

/** Groups must be the ORP's; services and target groups must exist in the catalogue. */
async function checkReferences(
  client: CouchClient,
  orp: string,
  docs: readonly PlanDbDoc[],
): Promise<string[]> {
  const problems: string[] = [];
  const groups = new Set(await listGroupCodes(client, orp));
  const refs: { doc: PlanDbDoc; id: string; what: string }[] = [];
  for (const doc of docs) {
    const group =
      doc.type === 'measure' ? doc.proposedByGroup : 'group' in doc ? doc.group : undefined;
    if (group !== undefined && !groups.has(group)) {
      problems.push(
        `${doc._id}: group "${group}" is not a working group of ORP ${orp} (npm run admin -- group add ${orp} ${group} NAME)`,
      );
    }
    if (doc.type !== 'activity') continue;
    for (const id of doc.serviceIds) refs.push({ doc, id, what: `service ${id}` });
    for (const key of doc.targetGroups) {
      refs.push({ doc, id: taxonomyId('target-group', key), what: `target group "${key}"` });
    }
  }
  const missing = await missingIds(client, CATALOG_DB, [...new Set(refs.map((r) => r.id))]);
  for (const ref of refs) {
    if (missing.has(ref.id)) problems.push(`${ref.doc._id}: ${ref.what} is not in the catalogue`);
  }
  return problems;
}

/**
 * Maps, checks and (unless a dry run) writes. `author` defaults to "import"; the CLI's admin
 * connection passes validation as an admin, so authorship is recorded, not enforced.
 */
export async function importPlan(
  client: CouchClient,
  file: string,
  options: PlanImportOptions = {},
): Promise<PlanImportSummary> {
  const parsed = await parseFile(file);
  const orp = await resolveOrp(client, options.orp, parsed.input);
  const mapped = mapPlanFile(parsed.input, {
    orp,
    author: options.author ?? 'import',
    now: (options.now ?? new Date()).toISOString(),
    lineOf: parsed.lineOf,
  });
  const problems = [
    ...parsed.problems,
    ...mapped.problems,
    ...(await checkReferences(client, orp, mapped.docs)),
  ];
  if (problems.length > 0) {
    throw new ImportError(
      `${problems.length} problem(s) in ${file}, so nothing was imported.`,
      problems.slice(0, 100),
    );
  }
  const db = planDbName(orp);
  const stored = new Map((await listPlanDocs(client, db)).map((doc) => [doc._id, doc]));
  const summary: PlanImportSummary = {
    orp,
    documents: mapped.docs.length,
    added: 0,
    changed: 0,
    unchanged: 0,
    written: 0,
    dryRun: !!options.dryRun,
  };
  const writes: PlanDbDoc[] = [];
  for (const doc of mapped.docs) {
    const before = stored.get(doc._id);
    if (before && deepEqual(content(doc), content(before))) {
      summary.unchanged++;
      continue;
    }
    if (before) {
      summary.changed++;
      writes.push({
        ...doc,
        createdBy: before.createdBy,
        createdAt: before.createdAt,
        _rev: before._rev,
      });
    } else {
      summary.added++;
      writes.push(doc);
    }
  }
  if (options.dryRun || writes.length === 0) return summary;
  let done = 0;
  summary.written = await writeAllOrNothingWith(
    async (chunk) => {
      const results = await bulkWritePlan(client, db, chunk);
      done += chunk.length;
      options.onProgress?.(Math.min(done, writes.length), writes.length);
      return results;
    },
    writes,
    stored,
    `the plan of ${orp}`,
  );
  return summary;
}
