/** CouchDB roles used across Rozcestník (see ARCHITECTURE.md, "Databases and roles"). */
export const ROLE_ADMIN = '_admin';
export const ROLE_CATALOG_EDITOR = 'catalog:editor';

export function hasRole(roles: readonly string[], role: string): boolean {
  return roles.indexOf(role) !== -1;
}

export function isAdmin(roles: readonly string[]): boolean {
  return hasRole(roles, ROLE_ADMIN);
}
