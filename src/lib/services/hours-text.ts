import type { OpeningHours } from '$domain/catalog/service.types';

/**
 * Days of a slot in words: a run of three or more consecutive days reads as "pondělí–pátek",
 * others as a list. `days` are the names Monday first (the `service.days` message).
 */
export function dayRange(list: number[], days: readonly string[]): string {
  const sorted = [...list].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  const consecutive = last - first === sorted.length - 1;
  if (consecutive && sorted.length > 2) return `${days[first - 1]}–${days[last - 1]}`;
  return sorted.map((d) => days[d - 1]).join(', ');
}

/** Each regular slot as one line, "pondělí–pátek: 8:00–16:00". */
export function slotLines(hours: OpeningHours | undefined, days: readonly string[]): string[] {
  return (hours?.regular ?? []).map(
    (slot) => `${dayRange(slot.days, days)}: ${slot.opens}–${slot.closes}`,
  );
}
