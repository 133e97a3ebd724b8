import type { PlanDbDoc } from '../../../src/lib/domain/plan/plan.types';
import { bulkWriteTo, type WriteResult } from './catalog.storage';
import type { CouchClient } from './couch-client';

/** Documents of an ORP's plan database (`orp-<orp>-plan`), for the plan import and the demo. */
interface AllDocsRow {
  id: string;
  doc?: PlanDbDoc | null;
}

/** Every live non-design document of the plan database (a plan has hundreds, not millions). */
export async function listPlanDocs(client: CouchClient, db: string): Promise<PlanDbDoc[]> {
  const page = (await client.use(db).list({ include_docs: true })) as unknown as {
    rows: AllDocsRow[];
  };
  return page.rows
    .filter((row) => row.doc && !row.id.startsWith('_design/'))
    .map((row) => row.doc as PlanDbDoc);
}

export function bulkWritePlan(
  client: CouchClient,
  db: string,
  docs: readonly PlanDbDoc[],
): Promise<WriteResult[]> {
  return bulkWriteTo(client, db, docs);
}

/** Whether the database exists (the plan import refuses ORPs without `orp add`). */
export async function databaseExists(client: CouchClient, db: string): Promise<boolean> {
  return (await client.db.list()).includes(db);
}

/** Which of `ids` have no live document in `db` (one `_all_docs?keys` request). */
export async function missingIds(
  client: CouchClient,
  db: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = (await client.use(db).fetchRevs({ keys: [...ids] })) as unknown as {
    rows: { key: string; error?: string; value?: { deleted?: boolean } }[];
  };
  return new Set(
    result.rows.filter((row) => row.error || row.value?.deleted).map((row) => row.key),
  );
}
