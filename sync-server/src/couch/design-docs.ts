import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';
import { CATALOG_DB } from './databases';

/**
 * Which shared validation module becomes each database's `validate_doc_update`. The entry
 * must export `validateDocUpdate(newDoc, oldDoc, userCtx, secObj)`; the same code runs in the
 * browser before a save, so the rules live once (src/lib/domain/validation).
 */
export const VALIDATION_ENTRIES: Readonly<Record<string, string>> = {
  [CATALOG_DB]: 'src/lib/domain/validation/catalog.validate-doc.ts',
};

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
 * Bundles an entry into the source of one CouchDB validate function. ES2017 because CouchDB 3's
 * SpiderMonkey builds understand it; an IIFE so the bundle's names stay local to the function.
 */
export async function bundleValidateFunction(entry: string): Promise<string> {
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
  const code = result.outputFiles[0]?.text ?? '';
  return [
    'function (newDoc, oldDoc, userCtx, secObj) {',
    code.trimEnd(),
    `  return ${GLOBAL_NAME}.validateDocUpdate(newDoc, oldDoc, userCtx, secObj);`,
    '}',
  ].join('\n');
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

/** Bundles and installs every entry of VALIDATION_ENTRIES. */
export async function ensureDesignDocs(client: CouchClient): Promise<void> {
  for (const [db, entry] of Object.entries(VALIDATION_ENTRIES)) {
    const source = await bundleValidateFunction(entry);
    try {
      await ensureValidationDesignDoc(client, db, source);
    } catch (error) {
      // Another sync-server instance started at the same moment and wrote first: compare again.
      if (couchStatus(error) !== 409) throw error;
      await ensureValidationDesignDoc(client, db, source);
    }
  }
}
