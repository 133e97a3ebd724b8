import { describe, expect, it } from 'vitest';
import {
  FEED_TOKEN_PATTERN,
  groupDatabasesFor,
  hashToken,
  newToken,
} from '../../../../sync-server/src/services/calendar.service';

describe('groupDatabasesFor', () => {
  const existing = ['catalog', 'orp-a-plan', 'orp-a-group-x', 'orp-a-group-y', 'orp-b-group-z'];

  it('opens each group role, and every existing group of a coordinated ORP', () => {
    expect(groupDatabasesFor(['orp:b:group:z', 'orp:a:member'], existing)).toEqual([
      'orp-b-group-z',
    ]);
    expect(groupDatabasesFor(['orp:a:coordinator'], existing)).toEqual([
      'orp-a-group-x',
      'orp-a-group-y',
    ]);
  });

  it('opens nothing for other roles, malformed roles or none', () => {
    expect(groupDatabasesFor([], existing)).toEqual([]);
    expect(
      groupDatabasesFor(['catalog:editor', 'orp:a:member', 'orp:A:group:x'], existing),
    ).toEqual([]);
  });
});

describe('feed tokens', () => {
  it('are 32 random bytes in base64url, and stored as a hex SHA-256', () => {
    const a = newToken();
    expect(a).toMatch(FEED_TOKEN_PATTERN);
    expect(newToken()).not.toBe(a);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).not.toContain(a);
  });
});
