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
