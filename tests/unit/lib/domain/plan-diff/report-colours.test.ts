import { describe, expect, it } from 'vitest';
import {
  CHANGE_COLOURS,
  CHANGE_SCHEMES,
  STATUS_COLOURS,
  contrastRatio,
} from '$domain/plan-diff/report-colours';

describe('colours of change marks and the chart', () => {
  it('computes WCAG contrast (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#5b2a86', '#5b2a86')).toBe(1);
  });

  it.each(CHANGE_SCHEMES)(
    '%s: every mark reads at AA (4.5:1) on its background and on white',
    (scheme) => {
      for (const colours of Object.values(CHANGE_COLOURS[scheme])) {
        expect(contrastRatio(colours.text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
        if (colours.background) {
          expect(contrastRatio(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
        }
      }
    },
  );

  it('Český Krumlov: last year’s text purple, this year’s update red', () => {
    const ck = CHANGE_COLOURS.ckrumlov;
    expect(ck.same.text).toBe(ck.removed.text);
    expect(ck.added.text).not.toBe(ck.same.text);
  });

  it('chart fills stand out from white (3:1) and carry white counts (4.5:1)', () => {
    for (const fill of Object.values(STATUS_COLOURS)) {
      expect(contrastRatio(fill, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });
});
