/**
 * Dates the way each language writes them: Czech "15. 1. 2027" (Intl cs-CZ), English
 * "15 Jan 2027". Calendar days (`YYYY-MM-DD`) are read as local days, never shifted by a
 * time zone.
 */
const DAY: Record<string, Intl.DateTimeFormatOptions> = {
  cs: { day: 'numeric', month: 'numeric', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
};

const tag = (locale: string) => (locale === 'en' ? 'en-GB' : 'cs-CZ');

/** A calendar day (`2027-01-15`) as text; anything that is not one comes back as it was. */
export function formatDay(day: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(tag(locale), DAY[locale] ?? DAY.cs).format(date);
}

/** A moment (ISO timestamp) as day and time in the person's time zone. */
export function formatMoment(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(tag(locale), {
    ...(DAY[locale] ?? DAY.cs),
    hour: 'numeric',
    minute: '2-digit',
  }).format(date);
}
