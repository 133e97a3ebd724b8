import { describe, expect, it } from 'vitest';
import { parseOwnPasswordBody } from '../../../../sync-server/src/services/own-password.service';

describe('parseOwnPasswordBody', () => {
  it('takes the two passwords', () => {
    expect(parseOwnPasswordBody({ current: 'old-one', next: 'a-new-password' })).toEqual({
      ok: true,
      current: 'old-one',
      next: 'a-new-password',
    });
  });

  it('counts characters, not bytes: ten Czech letters are enough, nine are not', () => {
    expect(parseOwnPasswordBody({ current: 'x', next: 'žluťoučkýk' }).ok).toBe(true);
    expect(parseOwnPasswordBody({ current: 'x', next: 'žluťoučký' }).ok).toBe(false);
  });

  it.each([
    [{ current: 'x', next: 'long-enough', name: 'someone-else' }, /only the current and the new/],
    [{ current: 'x', next: 'long-enough', roles: ['catalog:editor'] }, /only the current/],
    [['x', 'long-enough'], /only the current/],
    [null, /only the current/],
    [{ next: 'long-enough' }, /Enter your current password/],
    [{ current: 'x', next: 42 }, /at least 10/],
    [{ current: 'x', next: 'x'.repeat(201) }, /at most 200/],
    [{ current: 'same-password', next: 'same-password' }, /differ from the current/],
  ])('refuses %j with a reason in both languages', (body, reason) => {
    const result = parseOwnPasswordBody(body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.en).toMatch(reason);
    expect(result.reason.cs).not.toBe('');
  });
});
