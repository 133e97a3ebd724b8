import type { OpeningHours } from './service.types';

/** Services are in Czechia: their hours are Prague's wall-clock time, whatever the device says. */
export const SERVICE_TIME_ZONE = 'Europe/Prague';

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

const pragueClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: SERVICE_TIME_ZONE,
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Day of week (1 = Monday) and minutes since midnight in Prague at `at`. */
export function pragueTime(at: Date): { day: number; minutes: number } {
  const parts = Object.fromEntries(pragueClock.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    day: WEEKDAYS[parts.weekday ?? ''] ?? 1,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

function minutesOf(time: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Whether the hours say the service is open at `at`: true or false when the hours tell, undefined
 * when they do not (no regular hours, or times that cannot be read) so the UI claims nothing.
 * A slot closing before it opens (22:00–06:00) runs past midnight into the next day; "24:00"
 * closes at midnight.
 */
export function isOpenAt(hours: OpeningHours | undefined, at: Date): boolean | undefined {
  if (hours?.nonstop) return true;
  if (!hours?.regular?.length) return undefined;
  const { day, minutes } = pragueTime(at);
  const yesterday = day === 1 ? 7 : day - 1;
  let readable = false;
  for (const slot of hours.regular) {
    const opens = minutesOf(slot.opens);
    const closes = minutesOf(slot.closes);
    if (opens === undefined || closes === undefined) continue;
    readable = true;
    if (closes > opens) {
      if (slot.days.includes(day) && minutes >= opens && minutes < closes) return true;
    } else {
      if (slot.days.includes(day) && minutes >= opens) return true;
      if (slot.days.includes(yesterday) && minutes < closes) return true;
    }
  }
  return readable ? false : undefined;
}
