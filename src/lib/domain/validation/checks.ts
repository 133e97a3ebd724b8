/**
 * Tiny, dependency-free helpers for validators. They run inside CouchDB's JavaScript engine,
 * so no Intl, no regex lookbehind, nothing beyond ES2017.
 */
export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStringArray(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

/** Calendar date YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** The earliest year a meeting or a task's deadline may carry. */
export const EARLIEST_YEAR = 2000;
/** How many years ahead a meeting or a deadline may be planned. */
export const YEARS_AHEAD = 10;

/** The last year a meeting or a deadline may carry now. */
export function latestYear(now: Date = new Date()): number {
  return now.getFullYear() + YEARS_AHEAD;
}

/**
 * A real calendar day (no 31 February) between 1 January EARLIEST_YEAR and 31 December of
 * latestYear(): a typo such as 1900 or 20270 is refused with a clear message.
 */
export function isDayInRange(value: unknown, now: Date = new Date()): value is string {
  if (!isIsoDate(value)) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const date = new Date(Date.UTC(y, m - 1, d));
  return (
    y >= EARLIEST_YEAR &&
    y <= latestYear(now) &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d
  );
}

/** ISO 8601 date-time as produced by Date.prototype.toISOString (timezone required). */
export function isIsoDateTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
  );
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && allowed.indexOf(value as T) !== -1;
}
