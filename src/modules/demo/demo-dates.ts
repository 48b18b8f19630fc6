import type { SessionStatus } from '../catalogue/catalogue.table.js';
import type { DemoSession } from './demo-courses.js';

/** The IANA time zone of each country a demo session takes place in; online sessions run on Brussels time. */
const timeZones: Record<string, string> = {
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague',
  DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  EL: 'Europe/Athens',
  ES: 'Europe/Madrid',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin',
  IT: 'Europe/Rome',
  LT: 'Europe/Vilnius',
  MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  RO: 'Europe/Bucharest',
  SI: 'Europe/Ljubljana',
};

export function timeZoneOf(country: string | null): string {
  return (country && timeZones[country]) ?? 'Europe/Brussels';
}

export interface SessionTimes {
  readonly timeZone: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly applicationDeadline: string | null;
  readonly selectionDeadline: string | null;
  readonly status: SessionStatus;
}

const day = 86_400_000;

/**
 * Dates relative to `now`: 09:00 to 17:00 local time; applications close 6 weeks before the start
 * (2 weeks when it is near), selection 4 weeks before (1 week).
 */
export function sessionTimes(session: DemoSession, now: Date): SessionTimes {
  const timeZone = timeZoneOf(session.country);
  const first = new Date(now.getTime() + session.startInDays * day);
  const last = new Date(first.getTime() + (session.days - 1) * day);
  const startsAt = localTime(first, 9, timeZone);
  const near = session.startInDays < 60;
  const application = new Date(startsAt.getTime() - (near ? 14 : 42) * day);
  const selection = new Date(startsAt.getTime() - (near ? 7 : 28) * day);
  const status: SessionStatus =
    session.status ??
    (application.getTime() > now.getTime() && session.startInDays <= 200 ? 'open' : 'planned');
  return {
    timeZone,
    startsAt: startsAt.toISOString(),
    endsAt: localTime(last, 17, timeZone).toISOString(),
    applicationDeadline:
      application.getTime() > now.getTime() || session.startInDays < 0 ? application.toISOString() : null,
    selectionDeadline:
      application.getTime() > now.getTime() || session.startInDays < 0 ? selection.toISOString() : null,
    status,
  };
}

/** The instant at `hour`:00 on the calendar day of `date` in `timeZone`. */
function localTime(date: Date, hour: number, timeZone: string): Date {
  const [year, month, dayOfMonth] = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' })
    .format(date)
    .split('-')
    .map(Number) as [number, number, number];
  const guess = Date.UTC(year, month - 1, dayOfMonth, hour);
  return new Date(guess - offsetMinutes(new Date(guess), timeZone) * 60_000);
}

function offsetMinutes(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(
    date,
  );
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3]));
}
