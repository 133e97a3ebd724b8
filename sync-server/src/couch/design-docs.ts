import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';
import { parseDbName } from '../../../src/lib/domain/roles';
import { parseSurveyDbName } from '../../../src/lib/domain/surveys/survey-databases';
import { CALENDAR_FEEDS_DB, CATALOG_DB, REPORTS_DB } from './databases';

/**
 * Which shared validation module becomes each database's `validate_doc_update`. The entry
 * must export `validateDocUpdate(newDoc, oldDoc, userCtx, secObj)`; the same code runs in the
 * browser before a save, so the rules live once (src/lib/domain/validation).
 */
export const VALIDATION_ENTRIES: Readonly<Record<string, string>> = {
  [CATALOG_DB]: 'src/lib/domain/validation/catalog.validate-doc.ts',
  [REPORTS_DB]: 'src/lib/domain/validation/reports.validate-doc.ts',
  [CALENDAR_FEEDS_DB]: 'src/lib/domain/validation/calendar-feeds.validate-doc.ts',
};

/** Entries of the dynamic databases, by kind (see `validationEntryFor`). */
export const DYNAMIC_VALIDATION_ENTRIES = {
  plan: 'src/lib/domain/validation/plan.validate-doc.ts',
  group: 'src/lib/domain/validation/group.validate-doc.ts',
  surveys: 'src/lib/domain/validation/surveys.validate-doc.ts',
} as const;

/** The validation entry of any provisioned database, static or `orp-*`; undefined if none. */
export function validationEntryFor(db: string): string | undefined {
  if (VALIDATION_ENTRIES[db]) return VALIDATION_ENTRIES[db];
  // Both survey databases share one entry; the baked-in name tells them apart.
  if (parseSurveyDbName(db)) return DYNAMIC_VALIDATION_ENTRIES.surveys;
  const parsed = parseDbName(db);
  return parsed ? DYNAMIC_VALIDATION_ENTRIES[parsed.kind] : undefined;
}

export const VALIDATION_DDOC_ID = '_design/validation';
const GLOBAL_NAME = 'rozcestnikValidation';
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

interface ValidationDesignDoc {
  _id: string;
  _rev?: string;
  language: 'javascript';
  validate_doc_update: string;
}

/**
 * Wraps a bundled entry (bundleEntry: ES2017, because CouchDB 3's SpiderMonkey builds understand
 * it; an IIFE, so the bundle's names stay local) as the source of one CouchDB validate function.
 *
 * With `db`, the database's name is baked in and passed as a fifth argument: the validators of
 * `orp-*` databases need to know which ORP and group they guard, and the embedded server sets
 * neither `userCtx.db` nor (on `_bulk_docs`, the replication path) `secObj`.
 */
function wrapValidateFunction(code: string, db: string | undefined): string {
  const extra = db === undefined ? '' : `, ${JSON.stringify(db)}`;
  return [
    'function (newDoc, oldDoc, userCtx, secObj) {',
    code.trimEnd(),
    `  return ${GLOBAL_NAME}.validateDocUpdate(newDoc, oldDoc, userCtx, secObj${extra});`,
    '}',
  ].join('\n');
}

async function bundleEntry(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: repoRoot,
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'neutral',
    target: 'es2017',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

async function readDesignDoc(
  client: CouchClient,
  db: string,
): Promise<ValidationDesignDoc | undefined> {
  try {
    return await client.use<ValidationDesignDoc>(db).get(VALIDATION_DDOC_ID);
  } catch (error) {
    if (couchStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Writes `_design/validation` only when its function text changed: no revision per restart. */
export async function ensureValidationDesignDoc(
  client: CouchClient,
  db: string,
  functionSource: string,
): Promise<'created' | 'updated' | 'unchanged'> {
  const current = await readDesignDoc(client, db);
  if (current?.validate_doc_update === functionSource && current.language === 'javascript') {
    return 'unchanged';
  }
  const doc: ValidationDesignDoc = {
    _id: VALIDATION_DDOC_ID,
    language: 'javascript',
    validate_doc_update: functionSource,
  };
  if (current?._rev) doc._rev = current._rev;
  await client.use<ValidationDesignDoc>(db).insert(doc);
  return current ? 'updated' : 'created';
}

// One bundle per entry and process: many group databases share the same function text.
const bundles = new Map<string, Promise<string>>();

function bundleOnce(entry: string): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = bundleEntry(entry);
    bundle.catch(() => bundles.delete(entry));
    bundles.set(entry, bundle);
  }
  return bundle;
}

/** Bundles and installs every entry of VALIDATION_ENTRIES, or the given databases' entries. */
export async function ensureDesignDocs(
  client: CouchClient,
  databases: readonly string[] = Object.keys(VALIDATION_ENTRIES),
): Promise<void> {
  for (const db of databases) {
    const entry = validationEntryFor(db);
    if (!entry) continue;
    // Static databases keep B's generic function; dynamic ones get their name baked in.
    const source = wrapValidateFunction(
      await bundleOnce(entry),
      VALIDATION_ENTRIES[db] ? undefined : db,
    );
    try {
      await ensureValidationDesignDoc(client, db, source);
    } catch (error) {
      // Another sync-server instance started at the same moment and wrote first: compare again.
      if (couchStatus(error) !== 409) throw error;
      await ensureValidationDesignDoc(client, db, source);
    }
  }
}
