import type { Locale } from './i18n.svelte';

/**
 * Numbers and dates the reader's way: Czech "0,4 km" and "15. 1. 2027"; English "0.4 km" and
 * "15/01/2027" (British order, never the US one).
 */
const TAGS: Record<Locale, string> = { cs: 'cs-CZ', en: 'en-GB' };

export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return new Intl.NumberFormat(TAGS[locale], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A calendar date (Date, or "YYYY-MM-DD" read as that day wherever the device is). */
export function formatDate(date: Date | string, locale: Locale): string {
  const value = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T12:00:00`) : date;
  return new Intl.DateTimeFormat(TAGS[locale], {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).format(value);
}
