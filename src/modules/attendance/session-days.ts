import { localDate } from '../catalogue/index.js';

const DAY = 86_400_000;

/** The calendar dates (`YYYY-MM-DD`) a session covers, where it takes place: one signature box each. */
export function sessionDays(startsAt: string, endsAt: string, timeZone: string): string[] {
  const first = Date.parse(`${localDate(startsAt, timeZone)}T00:00:00Z`);
  const last = Date.parse(`${localDate(endsAt, timeZone)}T00:00:00Z`);
  const days: string[] = [];
  for (let day = first; day <= last && days.length < 366; day += DAY) {
    days.push(new Date(day).toISOString().slice(0, 10));
  }
  return days;
}
