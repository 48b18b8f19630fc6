/** The calendar dates (`YYYY-MM-DD`) a session covers, where it takes place: one signature box each. */
export function sessionDays(startsAt: string, endsAt: string, timeZone: string): string[] {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const first = Date.parse(`${format.format(new Date(startsAt))}T00:00:00Z`);
  const last = Date.parse(`${format.format(new Date(endsAt))}T00:00:00Z`);
  const days: string[] = [];
  for (let day = first; day <= last && days.length < 366; day += 86_400_000) {
    days.push(new Date(day).toISOString().slice(0, 10));
  }
  return days;
}
