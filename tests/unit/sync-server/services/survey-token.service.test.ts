import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkDeviceToken,
  issueDeviceToken,
  TOKEN_LIFETIME_S,
} from '../../../../sync-server/src/services/survey-token.service';

const secret = randomBytes(32).toString('base64url');
const NOW = Date.parse('2026-12-07T10:00:00Z');

describe('survey device tokens', () => {
  it('accepts its own token and gives each one its own device id', () => {
    const a = checkDeviceToken(secret, issueDeviceToken(secret, NOW), NOW);
    const b = checkDeviceToken(secret, issueDeviceToken(secret, NOW), NOW);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(a.deviceId).not.toBe(b.deviceId);
  });

  it('refuses a token of another secret, an edited one, an expired one and garbage', () => {
    const token = issueDeviceToken(secret, NOW);
    const [v, issued, id, mac] = token.split('.');
    expect(checkDeviceToken(randomBytes(32).toString('base64url'), token, NOW).ok).toBe(false);
    expect(checkDeviceToken(secret, `${v}.${issued}.${id}x.${mac}`, NOW).ok).toBe(false);
    expect(checkDeviceToken(secret, `${v}.${Number(issued) + 1}.${id}.${mac}`, NOW).ok).toBe(false);
    expect(checkDeviceToken(secret, token, NOW + (TOKEN_LIFETIME_S + 1) * 1000).ok).toBe(false);
    expect(checkDeviceToken(secret, 'hello', NOW).ok).toBe(false);
  });
});
