import { describe, expect, it } from 'vitest';
import {
  displayNameOf,
  emptyRoster,
  rosterKeyFor,
  withoutRosterMember,
  withRosterMember,
} from '../../../../../src/lib/domain/groups/roster';

const author = { name: 'koord', at: '2027-01-05T10:00:00.000Z' };

describe('roster edits', () => {
  const base = emptyRoster(author);
  const withTwo = withRosterMember(
    withRosterMember(base, { name: 'petr', displayName: 'Petr Novák' }, author)!,
    { name: 'jana', displayName: ' Jana Nováková ' },
    author,
  )!;

  it('adds people sorted by display name (Czech order), trimmed', () => {
    expect(withTwo.members).toEqual([
      { name: 'jana', displayName: 'Jana Nováková' },
      { name: 'petr', displayName: 'Petr Novák' },
    ]);
    expect(withTwo.updatedBy).toBe('koord');
  });

  it('renames a user name already there instead of adding it twice', () => {
    const renamed = withRosterMember(withTwo, { name: 'petr', displayName: 'Čeněk' }, author);
    expect(renamed?.members.map((m) => m.displayName)).toEqual(['Čeněk', 'Jana Nováková']);
  });

  it('answers undefined when nothing would change, so nothing is written', () => {
    expect(withRosterMember(withTwo, { name: 'jana', displayName: 'Jana Nováková' }, author)).toBe(
      undefined,
    );
    expect(withoutRosterMember(withTwo, 'nobody', author)).toBeUndefined();
  });

  it('removes a person', () => {
    expect(withoutRosterMember(withTwo, 'jana', author)?.members.map((m) => m.name)).toEqual([
      'petr',
    ]);
  });

  it('shows the display name, or a typed name as it is', () => {
    expect(displayNameOf(withTwo.members, 'jana')).toBe('Jana Nováková');
    expect(displayNameOf(withTwo.members, 'Pan Starosta')).toBe('Pan Starosta');
  });

  it('makes an id-safe key for someone without an account, unique on the roster', () => {
    expect(rosterKeyFor('Žofie Dvořáková', [])).toBe('zofie-dvorakova');
    expect(rosterKeyFor('Žofie Dvořáková', ['zofie-dvorakova'])).toBe('zofie-dvorakova-2');
    expect(rosterKeyFor('???', [])).toBe('clen');
  });
});
