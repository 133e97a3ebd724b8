/** Small formatting helpers shared by the plan pages (and the plan-report pages). */
import { textForYear } from '$lib/domain/plan/plan-texts';
import type { ActivityDoc, MeasureDoc, PlanDoc, PriorityDoc } from '$lib/domain/plan/plan.types';
import { codeOf } from '$lib/domain/plan/plan.types';

/** A date-time in the reader's language. */
export function formatWhen(iso: string | undefined, locale: 'cs' | 'en'): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(locale === 'cs' ? 'cs-CZ' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

type Texted = PlanDoc | PriorityDoc | MeasureDoc | ActivityDoc;

/** The title of a plan node as worded in `year` (inherited from earlier years). */
export function titleIn(doc: Texted, year: number): string {
  return textForYear<string>(
    doc as { texts: Record<string, Record<string, string>> },
    'title',
    year,
  );
}

/** The description of a priority, measure or activity as worded in `year`. */
export function descriptionIn(doc: PriorityDoc | MeasureDoc | ActivityDoc, year: number): string {
  return textForYear<string>(
    doc as { texts: Record<string, Record<string, string>> },
    'description',
    year,
  );
}

/** The activity page's path segment: the activity code (`activity:1.2.3` → `1.2.3`). */
export function activitySlug(activityId: string): string {
  return codeOf(activityId);
}

/**
 * An ORP's name for headings: "ORP Český Krumlov". The catalogue's records already say "ORP …"
 * (the demo's and the admin CLI's), so the prefix is added only when missing, never twice.
 */
export function orpTitle(name: string): string {
  return /^ORP\s/i.test(name.trim()) ? name.trim() : `ORP ${name.trim()}`;
}

/**
 * The report's title: "Monitoring … za rok X a akční plán na rok X+1", or "… akční plány na roky
 * X+1 a X+2" when one round prepares two action-plan years (Dačice).
 */
export function reportTitle(
  t: (key: string, options?: Record<string, unknown>) => string,
  year: number,
  actionYears: readonly number[],
): string {
  const [next = year + 1, last] = actionYears;
  return last === undefined
    ? t('planReport.reportTitle', { year, next })
    : t('planReport.reportTitleTwo', { year, next, last });
}
