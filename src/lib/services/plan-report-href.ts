/** Links to the yearly report (a module of its own: plan-format.ts stays free of $app). */
import { resolve } from '$app/paths';

/** The report page's link; `two`: the report covering two action-plan years. */
export function reportHref(orp: string, year: number, two: boolean): string {
  const path = resolve('/plan/[orp]/zprava/[rok]', { orp, rok: String(year) });
  return two ? `${path}?${REPORT_TWO_YEARS}` : path;
}

/** The query that makes the report cover two action-plan years. */
export const REPORT_TWO_YEARS = 'akcni-plany=2';
