import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addWorkingDays,
  dueDate,
  formatCalendarDate,
  parseCalendarDate,
} from './case-helper.dates.js';

const day = (text: string) => {
  const date = parseCalendarDate(text);
  if (!date) throw new Error(`not a date: ${text}`);
  return date;
};

/** The obvious, slow count: step one calendar day at a time, counting Mondays to Fridays. */
function countWorkingDaysSlowly(from: Date, count: number): string {
  let current = from;
  let remaining = count;
  while (remaining > 0) {
    current = new Date(current.getTime() + 86_400_000);
    if (current.getUTCDay() !== 0 && current.getUTCDay() !== 6) remaining -= 1;
  }
  return formatCalendarDate(current);
}

describe('due dates (Regulation 1182/71: day 1 is the day after receipt)', () => {
  it.each([
    ['2026-03-02', 7, 'days', '2026-03-09'],
    ['2026-12-31', 1, 'days', '2027-01-01'],
    ['2028-02-28', 1, 'days', '2028-02-29'],
    // Received on a Friday: the first working day is the Monday after.
    ['2026-01-30', 1, 'working-days', '2026-02-02'],
    ['2026-01-30', 5, 'working-days', '2026-02-06'],
    ['2026-01-31', 5, 'working-days', '2026-02-06'],
    ['2026-02-01', 1, 'working-days', '2026-02-02'],
    ['2026-03-06', 20, 'working-days', '2026-04-03'],
    // Months: the same day of the month, or the month's last day when it is shorter.
    ['2026-01-31', 1, 'months', '2026-02-28'],
    ['2028-01-31', 1, 'months', '2028-02-29'],
    ['2026-03-31', 1, 'months', '2026-04-30'],
    ['2026-01-15', 1, 'months', '2026-02-15'],
    ['2026-11-30', 3, 'months', '2027-02-28'],
    ['2026-12-31', 12, 'months', '2027-12-31'],
  ] as const)('%s + %i %s → %s', (receivedOn, amount, unit, expected) => {
    expect(dueDate(day(receivedOn), amount, unit)).toBe(expected);
  });

  it('gives no date for hours', () => {
    expect(dueDate(day('2026-03-02'), 24, 'hours')).toBeUndefined();
  });

  it('counts working days like the slow count, from every weekday and for every amount up to 60', () => {
    for (let start = 0; start < 14; start += 1) {
      const from = new Date(Date.UTC(2026, 2, 1 + start));
      for (let count = 1; count <= 60; count += 1) {
        expect(
          formatCalendarDate(addWorkingDays(from, count)),
          `${formatCalendarDate(from)} + ${count}`,
        ).toBe(countWorkingDaysSlowly(from, count));
      }
    }
  });

  it('adds months across years without drifting', () => {
    expect(formatCalendarDate(addMonths(day('2026-08-31'), 6))).toBe('2027-02-28');
  });

  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2027-02-29', '26-03-02', '2026-3-2', '', '1899-12-31'])(
    'refuses %j as a date',
    (text) => {
      expect(parseCalendarDate(text)).toBeUndefined();
    },
  );

  it('accepts a leap day', () => {
    expect(formatCalendarDate(day('2028-02-29'))).toBe('2028-02-29');
  });
});
