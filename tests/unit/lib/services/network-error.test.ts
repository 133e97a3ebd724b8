import { describe, expect, it } from 'vitest';
import { networkErrorKind } from '$lib/services/network-error';

describe('networkErrorKind', () => {
  it("names browsers' fetch failures as an unreachable server when online", () => {
    for (const raw of [
      'Failed to fetch',
      'NetworkError when attempting to fetch resource.',
      'Load failed',
      'TypeError: fetch failed',
    ]) {
      expect(networkErrorKind(raw, true), raw).toBe('unreachable');
    }
  });

  it('calls every network failure "offline" without a connection', () => {
    expect(networkErrorKind('Failed to fetch', false)).toBe('offline');
    expect(networkErrorKind('HTTP 502', false)).toBe('offline');
  });

  it('tells a timeout, a refusal, a server fault and storage apart', () => {
    expect(networkErrorKind('The operation was aborted due to timeout', true)).toBe('timeout');
    expect(networkErrorKind('unauthorized', true)).toBe('denied');
    expect(networkErrorKind('HTTP 403', true)).toBe('denied');
    expect(networkErrorKind('HTTP 502', true)).toBe('server');
    expect(networkErrorKind('HTTP 429', true)).toBe('server');
    expect(networkErrorKind('storage: QuotaExceededError', true)).toBe('storage');
    expect(networkErrorKind('storage: QuotaExceededError', false)).toBe('storage');
  });

  it('leaves anything else unknown', () => {
    expect(networkErrorKind('Zpráva je příliš dlouhá / The message is too long', true)).toBe(
      'unknown',
    );
  });
});
