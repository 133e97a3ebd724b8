/**
 * The colours of the change marks and of the status chart, in one place: the screen (CSS in
 * ChangeSegment / StatusChart), the chart picture (canvas) and the DOCX export read them here.
 * Colour is never the only cue: additions are also underlined and bracketed "[+ … ]", removals
 * struck through and bracketed "[− … ]", in every scheme and every format.
 */
import type { DiffSegmentKind } from './plan-diff.types';
import type { ReportStatus } from './yearly-report';

/**
 * - `standard`: unchanged text black, additions blue, removals red;
 * - `ckrumlov`: Český Krumlov's convention — last year's text (kept or dropped) purple, this
 *   year's update red.
 */
export const CHANGE_SCHEMES = ['standard', 'ckrumlov'] as const;
export type ChangeScheme = (typeof CHANGE_SCHEMES)[number];

export interface MarkColours {
  /** Text colour, `#rrggbb`. */
  text: string;
  /** Background behind the text; undefined: none (page white). */
  background?: string;
}

/** Every text colour has at least 4.5:1 contrast on its background and on white (WCAG AA). */
export const CHANGE_COLOURS: Record<ChangeScheme, Record<DiffSegmentKind, MarkColours>> = {
  standard: {
    same: { text: '#000000' },
    added: { text: '#0a47a0', background: '#e7effb' },
    removed: { text: '#a1121b', background: '#fbe9ea' },
  },
  ckrumlov: {
    same: { text: '#5b2a86' },
    added: { text: '#b00020', background: '#fdecef' },
    removed: { text: '#5b2a86', background: '#f1eaf7' },
  },
};

export function isChangeScheme(value: unknown): value is ChangeScheme {
  return typeof value === 'string' && (CHANGE_SCHEMES as readonly string[]).includes(value);
}

/**
 * Status fills of the chart: at least 3:1 contrast on white, and white counts on them at least
 * 4.5:1.
 */
export const STATUS_COLOURS: Record<ReportStatus, string> = {
  splneno: '#1f7a44',
  'plni-se-prubezne': '#2a5d9f',
  'castecne-splneno': '#9a5b00',
  nesplneno: '#b3261e',
  'zruseno-presunuto': '#5d4a8a',
  none: '#5f6b67',
};

/** WCAG 2.1 contrast ratio of two `#rrggbb` colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
