/**
 * Reading and writing year-keyed texts (`YearTexts`, see plan.types.ts). Pure functions shared
 * by the app (forms, change view, report) and sync-server (import, demo), so the inheritance
 * rule — a year without its own wording shows the latest earlier year's — lives once.
 */
import type { YearTexts } from './plan.types';

/** Anything with year-keyed texts (plan, priority, measure, activity). */
export interface HasTexts<F extends string> {
  texts: YearTexts<F>;
}

/** The years that hold any wording, ascending. */
export function textYears<F extends string>(doc: HasTexts<F>): number[] {
  return Object.keys(doc.texts)
    .map(Number)
    .filter((year) => Number.isInteger(year))
    .sort((a, b) => a - b);
}

/**
 * The latest year ≤ `year` whose entry has `field`; undefined when no such year exists
 * (the text did not exist yet).
 */
export function textYearFor<F extends string>(
  doc: HasTexts<F>,
  field: F,
  year: number,
): number | undefined {
  let found: number | undefined;
  for (const y of textYears(doc)) {
    if (y > year) break;
    if (doc.texts[String(y)]?.[field] !== undefined) found = y;
  }
  return found;
}

/** The wording of `field` valid in `year` (inherited from earlier years); '' when none. */
export function textForYear<F extends string>(doc: HasTexts<F>, field: F, year: number): string {
  const y = textYearFor(doc, field, year);
  return y === undefined ? '' : (doc.texts[String(y)]?.[field] ?? '');
}

/** Last year's wording of `field` as seen from `year` (i.e. valid in `year - 1`). */
export function previousText<F extends string>(doc: HasTexts<F>, field: F, year: number): string {
  return textForYear(doc, field, year - 1);
}

/**
 * The latest year before `year` with its own wording of `field`; undefined when `year` is the
 * first. The change view labels "wording of <that year>" with it.
 */
export function previousTextYear<F extends string>(
  doc: HasTexts<F>,
  field: F,
  year: number,
): number | undefined {
  return textYearFor(doc, field, year - 1);
}

/** Whether `field` reads differently in `year` than in the year before. */
export function textChangedIn<F extends string>(doc: HasTexts<F>, field: F, year: number): boolean {
  return textForYear(doc, field, year) !== previousText(doc, field, year);
}

/** Whether any of `fields` changed in `year` (drives "changed this year" markers). */
export function anyTextChangedIn<F extends string>(
  doc: HasTexts<F>,
  fields: readonly F[],
  year: number,
): boolean {
  return fields.some((field) => textChangedIn(doc, field, year));
}

/**
 * New `texts` with `field` set for `year`. Writing the wording the year would inherit anyway
 * removes the year's own entry instead (so "no change" stays no change), and an emptied year
 * entry disappears. Never mutates `texts`.
 */
export function withText<F extends string>(
  texts: YearTexts<F>,
  field: F,
  year: number,
  value: string,
): YearTexts<F> {
  const key = String(year);
  const next: YearTexts<F> = {};
  for (const k of Object.keys(texts)) next[k] = { ...texts[k] };
  const entry: Partial<Record<F, string>> = { ...next[key] };
  delete entry[field];
  next[key] = entry;
  const inherited = textForYear({ texts: next }, field, year);
  const earlier = textYearFor({ texts: next }, field, year);
  if (earlier === undefined ? value !== '' : value !== inherited) entry[field] = value;
  if (Object.keys(entry).length === 0) delete next[key];
  return next;
}
