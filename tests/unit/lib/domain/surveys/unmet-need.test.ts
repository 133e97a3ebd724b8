import { describe, expect, it } from 'vitest';
import { missesByMonth } from '$domain/surveys/unmet-need';

describe('missesByMonth', () => {
  it('counts misses per month, newest first, with the most frequent queries', () => {
    const rows = [
      { at: '2026-10-02T08:00:00.000Z', query: 'Hospic' },
      { at: '2026-10-12T08:00:00.000Z', query: 'hospic ' },
      { at: '2026-10-13T08:00:00.000Z', query: 'chůva' },
      { at: '2026-10-14T08:00:00.000Z', query: '' },
      { at: '2026-11-01T08:00:00.000Z', query: 'tlumočník' },
    ];
    expect(missesByMonth(rows)).toEqual([
      { month: '2026-11', count: 1, top: [{ query: 'tlumočník', count: 1 }] },
      {
        month: '2026-10',
        count: 4,
        top: [
          { query: 'hospic', count: 2 },
          { query: 'chůva', count: 1 },
        ],
      },
    ]);
  });
});
