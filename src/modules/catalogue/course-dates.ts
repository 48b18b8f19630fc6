/**
 * Session start dates as facet values, so that a date range is an OR of at most 34 values: each start
 * day (days since 2000-01-01, in the session's own time zone) is stored at every level of a binary
 * tree (`<level>.<block>`), and a range is the few blocks that tile it exactly.
 */

const EPOCH = Date.UTC(2000, 0, 1);
const DAY = 86_400_000;
const LEVELS = 17; // 2^17 days reach beyond 2350.
export const FIRST_DATE = '2000-01-01';
export const LAST_DATE = '2299-12-31';

/** Days since 2000-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - EPOCH) / DAY);
}

// Building an Intl formatter costs far more than using one: keep one per time zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of an instant where the session takes place. */
export function localDate(instant: string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

/** Facet values of one start day: its block at every level. */
export function dayTokens(day: number): string[] {
  return Array.from({ length: LEVELS }, (_, level) => `${level}.${Math.floor(day / 2 ** level)}`);
}

/** The blocks exactly covering days `from` to `to`, both included. */
export function rangeTokens(from: number, to: number): string[] {
  const tokens: string[] = [];
  let start = Math.max(from, 0);
  while (start <= to) {
    let level = 0;
    // The largest block that starts here and ends within the range.
    while (level + 1 < LEVELS && start % 2 ** (level + 1) === 0 && start + 2 ** (level + 1) - 1 <= to)
      level += 1;
    tokens.push(`${level}.${start / 2 ** level}`);
    start += 2 ** level;
  }
  return tokens;
}
