import { orpMemberRole, parseRole } from '../../../src/lib/domain/roles';
import type { CouchClient } from '../couch/couch-client';
import { readPlanningOrp, readWorkingGroup } from '../couch/planning.storage';
import { AdminError } from './admin-error';

const ROLE_FORMS =
  'catalog:editor, orp:<orp>:coordinator, orp:<orp>:member or orp:<orp>:group:<group>';

/**
 * Checks role strings against the known ORPs and groups and returns the roles to store: sorted,
 * without duplicates, and with `orp:<orp>:member` added for every group role, because every
 * member of any group of an ORP reads that ORP's plan.
 */
export async function resolveRoles(
  client: CouchClient,
  roles: readonly string[],
): Promise<string[]> {
  const result = new Set<string>();
  for (const role of roles) {
    const parsed = parseRole(role);
    if (!parsed) {
      throw new AdminError(`Role "${role}" has an invalid format; use ${ROLE_FORMS}.`);
    }
    if (parsed.kind === 'admin') {
      throw new AdminError(
        'The _admin role cannot be given to an account; server admins are configured in CouchDB itself.',
      );
    }
    if (parsed.kind !== 'catalog-editor' && !(await readPlanningOrp(client, parsed.orp))) {
      throw new AdminError(
        `Role "${role}" names unknown ORP "${parsed.orp}"; add it first with "orp add".`,
      );
    }
    if (parsed.kind === 'group') {
      if (!(await readWorkingGroup(client, parsed.orp, parsed.group))) {
        throw new AdminError(
          `Role "${role}" names unknown group "${parsed.group}" of ORP "${parsed.orp}"; add it first with "group add".`,
        );
      }
      result.add(orpMemberRole(parsed.orp));
    }
    result.add(role);
  }
  return [...result].sort();
}
