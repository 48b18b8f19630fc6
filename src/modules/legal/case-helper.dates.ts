/**
 * Due dates of time limits, counted the way EU law counts them (Regulation (EEC, Euratom) No 1182/71,
 * Art. 3): the day of the event (here: the day the request was received) is not counted, so day 1 is
 * the day after receipt.
 * - days: calendar days; the due date is the receipt date plus the amount.
 * - working days: only Mondays to Fridays count; public holidays are NOT known here and are counted
 *   as working days (the pages say so).
 * - months: the due date has the same day of the month as the receipt date; when that month is shorter
 *   (31 January + 1 month) it is the month's last day (Art. 3(2)(c)).
 * - hours: no date is given, the clock time matters.
 * Art. 3(4) moves a period that ends on a Saturday, Sunday or public holiday to the next working day;
 * we deliberately do not: the date shown is never later than the legal one, which is the safe reading
 * for a practitioner who does not know the holidays of both states.
 * All arithmetic is on UTC calendar dates, never on local clocks, so summer time cannot shift a day.
 */

export const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date (`2026-02-30` is not), as a UTC midnight `Date`; undefined otherwise. */
export function parseCalendarDate(text: string): Date | undefined {
  const match = isoDatePattern.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  const isSameDate =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isSameDate ? date : undefined;
}

export const formatCalendarDate = (date: Date): string => date.toISOString().slice(0, 10);

const dayMs = 86_400_000;

export function addCalendarDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * dayMs);
}

export const isWeekend = (date: Date): boolean => date.getUTCDay() === 0 || date.getUTCDay() === 6;

/** The `count`-th Monday-to-Friday after `date` (`date` itself never counts, even on a weekday). */
export function addWorkingDays(date: Date, count: number): Date {
  // Whole weeks first (5 working days = 7 calendar days), then the remainder one day at a time.
  let current = addCalendarDays(date, Math.floor(count / 5) * 7);
  let remaining = count % 5;
  if (count > 0 && remaining === 0) {
    // Whole weeks from a weekend day land on that weekend day: step back to the Friday before.
    while (isWeekend(current)) current = addCalendarDays(current, -1);
    return current;
  }
  while (remaining > 0) {
    current = addCalendarDays(current, 1);
    if (!isWeekend(current)) remaining -= 1;
  }
  return current;
}

/** The same day of the month `months` later, or that month's last day when it is shorter. */
export function addMonths(date: Date, months: number): Date {
  const monthIndex = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

export type DeadlineUnit = 'hours' | 'days' | 'working-days' | 'months';

/** When a time limit of `amount` `unit` counted from `receivedOn` ends; undefined for hours. */
export function dueDate(receivedOn: Date, amount: number, unit: DeadlineUnit): string | undefined {
  switch (unit) {
    case 'days':
      return formatCalendarDate(addCalendarDays(receivedOn, amount));
    case 'working-days':
      return formatCalendarDate(addWorkingDays(receivedOn, amount));
    case 'months':
      return formatCalendarDate(addMonths(receivedOn, amount));
    case 'hours':
      return undefined;
  }
}
