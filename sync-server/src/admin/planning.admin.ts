import { isGroupCode, isOrpCode } from '../../../src/lib/domain/roles';
import { planningOrpId, workingGroupId } from '../../../src/lib/domain/planning/planning.types';
import type { CouchClient } from '../couch/couch-client';
import { groupDatabaseSpec, orpDatabaseSpecs } from '../couch/databases';
import { ensureDynamicDatabase } from '../couch/dynamic-databases';
import { readPlanningOrp, readWorkingGroup, writePlanningDoc } from '../couch/planning.storage';
import { AdminError } from './admin-error';

function requireName(name: string | undefined, what: string): string {
  if (!name || name.trim() === '') throw new AdminError(`Give the ${what} a name.`);
  return name.trim();
}

function checkOrpCode(code: string): void {
  if (!isOrpCode(code)) {
    throw new AdminError(
      `ORP code "${code}" is invalid; use 1–20 lowercase letters or digits starting with a letter, e.g. "ck".`,
    );
  }
}

/** Fails with one sentence unless the ORP was added with `orp add`. */
export async function requireOrp(client: CouchClient, orp: string): Promise<void> {
  if (!isOrpCode(orp) || !(await readPlanningOrp(client, orp))) {
    throw new AdminError(`Unknown ORP "${orp}"; add it first with "orp add".`);
  }
}

/**
 * `orp add CODE NAME`: the plan database first (with `_security` and validation), the public
 * record in `catalog` last, so a failed run can simply be repeated.
 */
export async function addOrp(client: CouchClient, code: string, name?: string): Promise<string> {
  checkOrpCode(code);
  const title = requireName(name, 'ORP');
  if (await readPlanningOrp(client, code)) throw new AdminError(`ORP "${code}" already exists.`);
  const [spec, ...surveyDbs] = orpDatabaseSpecs(code);
  if (!spec) throw new Error('orpDatabaseSpecs returned no plan database');
  await ensureDynamicDatabase(client, spec);
  for (const extra of surveyDbs) await ensureDynamicDatabase(client, extra);
  await writePlanningDoc(client, {
    _id: planningOrpId(code),
    type: 'planning-orp',
    orp: code,
    name: title,
    updatedAt: new Date().toISOString(),
  });
  return `Added ORP ${code} (${title}) with its plan database ${spec.name}.`;
}

/** `group add ORP CODE NAME`: the group's database, then its public record. */
export async function addGroup(
  client: CouchClient,
  orp: string,
  code: string,
  name?: string,
): Promise<string> {
  await requireOrp(client, orp);
  if (!isGroupCode(code)) {
    throw new AdminError(
      `Group code "${code}" is invalid; use lowercase letters, digits and single hyphens (at most 40), e.g. "seniori".`,
    );
  }
  const title = requireName(name, 'group');
  if (await readWorkingGroup(client, orp, code)) {
    throw new AdminError(`Group "${code}" already exists in ORP "${orp}".`);
  }
  const spec = groupDatabaseSpec(orp, code);
  await ensureDynamicDatabase(client, spec);
  await writePlanningDoc(client, {
    _id: workingGroupId(orp, code),
    type: 'working-group',
    orp,
    group: code,
    name: title,
    updatedAt: new Date().toISOString(),
  });
  return `Added working group ${code} (${title}) to ORP ${orp} with its database ${spec.name}.`;
}
