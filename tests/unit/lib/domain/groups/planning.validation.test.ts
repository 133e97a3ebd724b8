import { describe, expect, it } from 'vitest';
import { validateCatalogUpdate } from '$domain/catalog/catalog.validation';
import { groupDbName, parseDbName, parseRole, planDbName } from '$domain/roles';

const NOW = '2026-11-22T10:00:00.000Z';
const orpDoc = {
  _id: 'planning-orp:ck',
  type: 'planning-orp',
  orp: 'ck',
  name: 'Český Krumlov',
  updatedAt: NOW,
};
const groupDoc = {
  _id: 'working-group:ck:deti-mladez',
  type: 'working-group',
  orp: 'ck',
  group: 'deti-mladez',
  name: 'PS děti, mládež, rodiny',
  updatedAt: NOW,
};
const admin = { name: 'admin', roles: ['_admin'] };
const editor = { name: 'ed', roles: ['catalog:editor'] };
const coordinator = { name: 'k', roles: ['orp:ck:coordinator'] };

describe('roles and database names', () => {
  it('round-trips database names', () => {
    expect(parseDbName(groupDbName('ck', 'deti-mladez'))).toEqual({
      kind: 'group',
      orp: 'ck',
      group: 'deti-mladez',
    });
    expect(parseDbName(planDbName('dacice'))).toEqual({ kind: 'plan', orp: 'dacice' });
    for (const name of [
      'catalog',
      '_users',
      'orp-ck',
      'orp-CK-plan',
      'orp-ck-group-',
      'orp-ck-group-a--b',
    ]) {
      expect(parseDbName(name), name).toBeUndefined();
    }
  });

  it('parses role strings and rejects malformed ones', () => {
    expect(parseRole('orp:ck:group:seniori')).toEqual({
      kind: 'group',
      orp: 'ck',
      group: 'seniori',
    });
    expect(parseRole('orp:ck:coordinator')).toEqual({ kind: 'coordinator', orp: 'ck' });
    expect(parseRole('orp:ck:member')).toEqual({ kind: 'orp-member', orp: 'ck' });
    expect(parseRole('catalog:editor')).toEqual({ kind: 'catalog-editor' });
    for (const role of [
      'orp:ck',
      'orp:ck:boss',
      'orp:c-k:member',
      'orp:ck:group:',
      'orp:ck:group:A',
      'editor',
    ]) {
      expect(parseRole(role), role).toBeUndefined();
    }
  });
});

describe('planning records in the catalogue', () => {
  it('lets admins create ORPs and groups, not editors', () => {
    expect(validateCatalogUpdate(orpDoc, null, admin).ok).toBe(true);
    expect(validateCatalogUpdate(groupDoc, null, admin).ok).toBe(true);
    expect(validateCatalogUpdate(orpDoc, null, editor).ok).toBe(false);
  });

  it('lets the ORP coordinator edit texts but not codes', () => {
    const edited = { ...groupDoc, name: 'PS rodiny', joinInfo: 'Napište koordinátorce.' };
    expect(validateCatalogUpdate(edited, groupDoc, coordinator).ok).toBe(true);
    expect(validateCatalogUpdate({ ...edited, group: 'jina' }, groupDoc, coordinator).ok).toBe(
      false,
    );
    expect(
      validateCatalogUpdate(edited, groupDoc, { name: 'x', roles: ['orp:dacice:coordinator'] }).ok,
    ).toBe(false);
  });

  it('checks ids and codes', () => {
    expect(validateCatalogUpdate({ ...orpDoc, _id: 'planning-orp:xx' }, null, admin).ok).toBe(
      false,
    );
    expect(validateCatalogUpdate({ ...groupDoc, group: 'Děti' }, null, admin).ok).toBe(false);
  });
});
