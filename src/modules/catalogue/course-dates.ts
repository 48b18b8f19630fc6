/**
 * Session start dates as day numbers — days since 2000-01-01 in the session's own time zone — which
 * the search index filters by range and sorts by.
 */

const EPOCH = Date.UTC(2000, 0, 1);
const DAY = 86_400_000;

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
