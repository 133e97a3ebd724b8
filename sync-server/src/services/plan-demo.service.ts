import { planDbName } from '../../../src/lib/domain/roles';
import type { CouchClient } from '../couch/couch-client';
import { groupDatabaseSpec, orpDatabaseSpecs, type DatabaseSpec } from '../couch/databases';
import { loadDemoOnce } from '../couch/demo-data';
import { ensureDynamicDatabase } from '../couch/dynamic-databases';
import { readWorkingGroup, writePlanningDoc } from '../couch/planning.storage';
import { demoPlanningDocs } from '../demo/planning.demo';
import { DEMO_PLAN_GROUPS, demoPlanDocs } from '../demo/plan.demo';
import { demoSurvey, demoSurveyAnswers } from '../demo/surveys.demo';
import { surveyAnswersDbName, surveysDbName } from '../../../src/lib/domain/surveys/survey.types';

/**
 * The demo ORPs' plan and group databases, created like `orp add` / `group add` would (with
 * `_security` and validation before any document), then their demo plans, once per database
 * (the `_local` marker of loadDemoOnce: a demo document a person deleted stays deleted).
 * Public group records missing from `catalog` (a data directory from before a group was added
 * to the demo) are written too. Returns the reasons of refused demo documents.
 */
export async function provisionDemoPlans(client: CouchClient): Promise<string[]> {
  const refused: string[] = [];
  const groupRecords = demoPlanningDocs(new Date(0).toISOString()).filter(
    (doc) => doc.type === 'working-group',
  );
  // Existing ones were brought up to date by ensureDynamicDatabases just before.
  const existing = new Set(await client.db.list());
  const ensure = async (spec: DatabaseSpec) => {
    if (!existing.has(spec.name)) await ensureDynamicDatabase(client, spec);
  };
  for (const [orp, groups] of Object.entries(DEMO_PLAN_GROUPS)) {
    for (const spec of orpDatabaseSpecs(orp)) await ensure(spec);
    for (const group of groups) await ensure(groupDatabaseSpec(orp, group));
    // The demo survey and its answers, once per database like the plan (surveys.demo.ts).
    const survey = demoSurvey(orp);
    if (survey) {
      const surveys = await loadDemoOnce(client, surveysDbName(orp), [survey]);
      const answers = await loadDemoOnce(client, surveyAnswersDbName(orp), demoSurveyAnswers(orp));
      refused.push(...surveys.refused, ...answers.refused);
    }
    const result = await loadDemoOnce(client, planDbName(orp), demoPlanDocs(orp));
    refused.push(...result.refused);
    if (result.loaded === 0) continue; // loaded before: what people changed since stays
    for (const group of groups) {
      const record = groupRecords.find((doc) => doc.orp === orp && doc.group === group);
      if (record && !(await readWorkingGroup(client, orp, group))) {
        await writePlanningDoc(client, record);
      }
    }
  }
  return refused;
}
