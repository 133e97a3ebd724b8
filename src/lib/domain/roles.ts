/** CouchDB roles used across Rozcestník (see ARCHITECTURE.md, "Databases and roles"). */
export const ROLE_ADMIN = '_admin';
export const ROLE_CATALOG_EDITOR = 'catalog:editor';

export function hasRole(roles: readonly string[], role: string): boolean {
  return roles.indexOf(role) !== -1;
}

export function isAdmin(roles: readonly string[]): boolean {
  return hasRole(roles, ROLE_ADMIN);
}

/*
 * Planning roles (see ARCHITECTURE.md, "Databases and roles"). ORP codes are lowercase letters
 * and digits only, so `orp-<orp>-group-<group>` splits unambiguously at the first hyphen; group
 * codes may contain single inner hyphens ("deti-mladez").
 */
export const ORP_CODE_PATTERN = /^[a-z][a-z0-9]{0,19}$/;
export const GROUP_CODE_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const GROUP_CODE_MAX = 40;

export function isOrpCode(code: string): boolean {
  return ORP_CODE_PATTERN.test(code);
}

export function isGroupCode(code: string): boolean {
  return code.length <= GROUP_CODE_MAX && GROUP_CODE_PATTERN.test(code);
}

/** Coordinator of an ORP: writes its plan, reads and writes every group, approves minutes. */
export function coordinatorRole(orp: string): string {
  return `orp:${orp}:coordinator`;
}

/** Every member of any group of the ORP (reads the ORP's plan). */
export function orpMemberRole(orp: string): string {
  return `orp:${orp}:member`;
}

/** Member of one working group. */
export function groupRole(orp: string, group: string): string {
  return `orp:${orp}:group:${group}`;
}

export function planDbName(orp: string): string {
  return `orp-${orp}-plan`;
}

export function groupDbName(orp: string, group: string): string {
  return `orp-${orp}-group-${group}`;
}

export type ParsedRole =
  | { kind: 'admin' }
  | { kind: 'catalog-editor' }
  | { kind: 'coordinator'; orp: string }
  | { kind: 'orp-member'; orp: string }
  | { kind: 'group'; orp: string; group: string };

/** Reads a role string; undefined when it is not one of ours (or malformed). */
export function parseRole(role: string): ParsedRole | undefined {
  if (role === ROLE_ADMIN) return { kind: 'admin' };
  if (role === ROLE_CATALOG_EDITOR) return { kind: 'catalog-editor' };
  const parts = role.split(':');
  if (parts[0] !== 'orp' || !parts[1] || !isOrpCode(parts[1])) return undefined;
  const orp = parts[1];
  if (parts.length === 3 && parts[2] === 'coordinator') return { kind: 'coordinator', orp };
  if (parts.length === 3 && parts[2] === 'member') return { kind: 'orp-member', orp };
  if (parts.length === 4 && parts[2] === 'group' && parts[3] && isGroupCode(parts[3])) {
    return { kind: 'group', orp, group: parts[3] };
  }
  return undefined;
}

export type ParsedDbName =
  { kind: 'plan'; orp: string } | { kind: 'group'; orp: string; group: string };

/** Reads `orp-<orp>-plan` / `orp-<orp>-group-<group>`; undefined for any other name. */
export function parseDbName(db: string): ParsedDbName | undefined {
  const match = /^orp-([a-z][a-z0-9]*)-(plan|group-(.+))$/.exec(db);
  if (!match?.[1] || !isOrpCode(match[1])) return undefined;
  if (match[2] === 'plan') return { kind: 'plan', orp: match[1] };
  const group = match[3];
  return group && isGroupCode(group) ? { kind: 'group', orp: match[1], group } : undefined;
}

/** May write in the group's database: the group's members, the ORP coordinator, admins. */
export function canWriteGroup(roles: readonly string[], orp: string, group: string): boolean {
  return (
    isAdmin(roles) || hasRole(roles, groupRole(orp, group)) || hasRole(roles, coordinatorRole(orp))
  );
}

export function isCoordinatorOf(roles: readonly string[], orp: string): boolean {
  return isAdmin(roles) || hasRole(roles, coordinatorRole(orp));
}

/** An ORP's joining requests ("Chci se zapojit"): coordinators read and delete, sync-server writes. */
export function joinRequestsDbName(orp: string): string {
  return `orp-${orp}-join-requests`;
}

/** The ORP of `orp-<orp>-join-requests`; undefined for any other name. */
export function parseJoinRequestsDbName(db: string): string | undefined {
  const match = /^orp-([a-z][a-z0-9]*)-join-requests$/.exec(db);
  return match?.[1] && isOrpCode(match[1]) ? match[1] : undefined;
}
