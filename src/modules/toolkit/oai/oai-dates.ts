/**
 * `from` and `until` of the list verbs. The repository's granularity is seconds
 * (`YYYY-MM-DDThh:mm:ssZ`); day granularity (`YYYY-MM-DD`) is accepted as the protocol requires. Both
 * bounds are inclusive at their granularity, so `until=2026-01-01T10:00:05Z` includes a change at
 * 10:00:05.678 and `until=2026-01-01` the whole day; stored datestamps keep milliseconds, hence the
 * half-open interval [from, end of until).
 */
export type Granularity = 'day' | 'seconds';

export interface OaiDate {
  readonly granularity: Granularity;
  /** The first millisecond the date names. */
  readonly start: Date;
}

export interface DateRange {
  /** Inclusive lower bound, ISO-8601 with milliseconds. */
  readonly from: string | null;
  /** Exclusive upper bound, ISO-8601 with milliseconds. */
  readonly before: string | null;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const secondsPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

export function parseOaiDate(value: string): OaiDate | undefined {
  const day = dayPattern.exec(value);
  const seconds = day ? undefined : secondsPattern.exec(value);
  const parts = (day ?? seconds)?.slice(1).map(Number);
  if (!parts) return undefined;
  const [year = 0, month = 1, date = 1, hours = 0, minutes = 0, secs = 0] = parts;
  const start = new Date(Date.UTC(year, month - 1, date, hours, minutes, secs));
  // Date.UTC rolls 2026-02-30 over to March: a date that does not read back is not a date.
  const readsBack =
    start.getUTCFullYear() === year &&
    start.getUTCMonth() === month - 1 &&
    start.getUTCDate() === date &&
    start.getUTCHours() === hours &&
    start.getUTCMinutes() === minutes &&
    start.getUTCSeconds() === secs;
  if (!readsBack || year < 1000) return undefined;
  return { granularity: day ? 'day' : 'seconds', start };
}

/** The first millisecond after the span the date names (its day, or its second). */
function endOf(date: OaiDate): Date {
  return new Date(date.start.getTime() + (date.granularity === 'day' ? 86_400_000 : 1000));
}

export type RangeProblem = 'bad-from' | 'bad-until' | 'mixed-granularity' | 'from-after-until';

/** The range asked for, or what is wrong with it. */
export function dateRange(from: string | undefined, until: string | undefined): DateRange | RangeProblem {
  const start = from === undefined ? undefined : parseOaiDate(from);
  const end = until === undefined ? undefined : parseOaiDate(until);
  if (from !== undefined && !start) return 'bad-from';
  if (until !== undefined && !end) return 'bad-until';
  if (start && end && start.granularity !== end.granularity) return 'mixed-granularity';
  if (start && end && start.start.getTime() > end.start.getTime()) return 'from-after-until';
  return { from: start ? start.start.toISOString() : null, before: end ? endOf(end).toISOString() : null };
}
