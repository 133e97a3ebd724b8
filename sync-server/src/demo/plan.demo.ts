import type { PlanDbDoc } from '../../../src/lib/domain/plan/plan.types';
import { mapPlanFile } from '../import/plan/plan-file.mapper';
import ckrumlov from './plan/ckrumlov.plan.json';
import dacice from './plan/dacice.plan.json';

/**
 * Demo plans of the two demo ORPs, written in the plan import's file structure
 * (sync-server/src/import/plan/plan-file.types.ts) so the demo also proves the format. Český
 * Krumlov's has four priorities, 20 activities of three working groups, monitoring for 2026
 * (mixed statuses, the seniors' group approved), 2027 text updates for the change view, an
 * action plan for 2027 and one proposed measure. Fixed time: byte-identical on every start.
 */
export const DEMO_PLAN_TIME = '2026-11-20T09:00:00.000Z';
const AUTHOR = 'demo';

/** Working groups each demo ORP's plan uses (created when missing, see plan-demo.service). */
export const DEMO_PLAN_GROUPS: Readonly<Record<string, readonly string[]>> = {
  ckrumlov: ['seniori', 'rodina', 'krize'],
  dacice: ['seniori'],
};

const FILES: Record<string, unknown> = { ckrumlov, dacice };

export function demoPlanDocs(orp: string): PlanDbDoc[] {
  const { docs, problems } = mapPlanFile(FILES[orp], { orp, author: AUTHOR, now: DEMO_PLAN_TIME });
  // A broken demo file is a bug in this repository, caught by the unit test.
  if (problems.length > 0) throw new Error(`Demo plan ${orp}: ${problems.join('; ')}`);
  return docs;
}
