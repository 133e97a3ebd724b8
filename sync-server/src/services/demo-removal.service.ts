import { rm } from 'node:fs/promises';
import path from 'node:path';
import { groupDbName, planDbName } from '../../../src/lib/domain/roles';
import { planningOrpId, workingGroupId } from '../../../src/lib/domain/planning/planning.types';
import type { CouchClient } from '../couch/couch-client';
import { CATALOG_DB } from '../couch/databases';
import { deleteExisting, idsWithPrefix } from '../couch/demo-data';
import { readUser } from '../couch/users.storage';
import { demoServices } from '../demo/catalog.demo';
import { DEMO_PLAN_GROUPS, demoPlanDocs } from '../demo/plan.demo';
import { demoSurvey, demoSurveyAnswers } from '../demo/surveys.demo';
import { surveyAnswersDbName, surveysDbName } from '../../../src/lib/domain/surveys/survey.types';
import { DEMO_ACCOUNTS, DEMO_ACCOUNTS_FILE } from './demo-accounts.service';

export interface DemoRemoval {
  services: number;
  planDocs: number;
  /** Demo ORPs removed whole: databases, public records, accounts. */
  orps: string[];
  /** Demo ORPs kept because people put their own documents in them. */
  keptOrps: string[];
  accounts: string[];
}

/**
 * `npm run admin -- remove-demo`: takes the demo data out of a server that has it (DEMO_DATA
 * was on, or a CouchDB first started before the setting existed). Removes the demo services
 * (`demo: true`) and the demo plans' documents by id; then each demo ORP whose plan and group
 * databases hold nothing else (no one used it for real) goes whole: its databases, its public
 * records in `catalog` and the demo accounts of that ORP. An ORP with people's own documents is
 * kept and named. Idempotent: a second run removes nothing.
 */
export async function removeDemoData(
  client: CouchClient,
  dataDir: string | undefined,
): Promise<DemoRemoval> {
  const demoServiceIds = new Set(demoServices().map((doc) => doc._id));
  const services = await deleteExisting(
    client,
    CATALOG_DB,
    (await idsWithPrefix(client, CATALOG_DB, 'service:demo-')).filter((id) =>
      demoServiceIds.has(id),
    ),
  );
  const databases = new Set(await client.db.list());
  const result: DemoRemoval = { services, planDocs: 0, orps: [], keptOrps: [], accounts: [] };
  for (const [orp, planGroups] of Object.entries(DEMO_PLAN_GROUPS)) {
    const planDb = planDbName(orp);
    if (databases.has(planDb)) {
      const ids = demoPlanDocs(orp).map((doc) => doc._id);
      result.planDocs += await deleteExisting(client, planDb, ids);
    }
    // The demo survey and its generated answers, by id (answers people sent stay).
    const surveyDbs = [surveysDbName(orp), surveyAnswersDbName(orp)].filter((db) =>
      databases.has(db),
    );
    const survey = demoSurvey(orp);
    if (survey && databases.has(surveysDbName(orp))) {
      result.planDocs += await deleteExisting(client, surveysDbName(orp), [survey._id]);
    }
    if (databases.has(surveyAnswersDbName(orp))) {
      const ids = demoSurveyAnswers(orp).map((doc) => doc._id);
      result.planDocs += await deleteExisting(client, surveyAnswersDbName(orp), ids);
    }
    const groupDbs = [...databases].filter((db) => db.startsWith(groupDbName(orp, '')));
    const ownDbs = [...(databases.has(planDb) ? [planDb] : []), ...surveyDbs, ...groupDbs];
    const used = await Promise.all(
      ownDbs.map(async (db) => (await idsWithPrefix(client, db)).length > 0),
    );
    if (used.some(Boolean)) {
      result.keptOrps.push(orp);
      continue;
    }
    for (const db of ownDbs) await client.db.destroy(db);
    const groups = new Set([
      ...planGroups,
      ...groupDbs.map((db) => db.slice(groupDbName(orp, '').length)),
    ]);
    const records = await deleteExisting(client, CATALOG_DB, [
      planningOrpId(orp),
      ...[...groups].map((group) => workingGroupId(orp, group)),
    ]);
    if (ownDbs.length > 0 || records > 0) result.orps.push(orp);
  }
  const removedOrps = new Set(result.orps);
  const accounts = DEMO_ACCOUNTS.filter((account) =>
    account.roles.every((role) => removedOrps.has(role.split(':')[1] ?? '')),
  );
  for (const account of accounts) {
    const user = await readUser(client, account.name);
    if (!user) continue;
    await deleteExisting(client, '_users', [user._id]);
    result.accounts.push(account.name);
  }
  if (dataDir && accounts.length === DEMO_ACCOUNTS.length) {
    await rm(path.join(dataDir, DEMO_ACCOUNTS_FILE), { force: true });
  }
  return result;
}
