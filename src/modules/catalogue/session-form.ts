import type { FormErrors } from '../../platform/layout/form-fields.js';
import { createSessionSchema, type CreateSessionInput, type UpdateSessionInput } from './catalogue.schema.js';
import type { CourseSession } from './course-reads.repo.js';
import { one, parseNumber, zodProblems, type FormResult } from './course-form.js';
import type { FieldProblem } from '../../platform/http/app-error.js';

/** The session form as typed: dates and times on the wall clock of `timeZone`. */
export interface SessionFormValues {
  readonly startDate: string;
  readonly startTime: string;
  readonly endDate: string;
  readonly endTime: string;
  readonly timeZone: string;
  readonly venue: string;
  readonly city: string;
  readonly country: string;
  readonly onlineUrl: string;
  readonly language: string;
  readonly capacity: string;
  readonly quotas: readonly QuotaRow[];
  readonly applicationDate: string;
  readonly applicationTime: string;
  readonly selectionDate: string;
  readonly selectionTime: string;
  readonly status: string;
}

export interface QuotaRow {
  readonly country: string;
  readonly places: string;
}

export const maxQuotaRows = 30;

/** Time zones of the EU member states, offered first in the form. */
export const europeanTimeZones = [
  'Europe/Lisbon',
  'Atlantic/Azores',
  'Atlantic/Madeira',
  'Europe/Dublin',
  'Europe/Madrid',
  'Atlantic/Canary',
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Amsterdam',
  'Europe/Luxembourg',
  'Europe/Berlin',
  'Europe/Vienna',
  'Europe/Rome',
  'Europe/Malta',
  'Europe/Ljubljana',
  'Europe/Zagreb',
  'Europe/Prague',
  'Europe/Bratislava',
  'Europe/Budapest',
  'Europe/Warsaw',
  'Europe/Copenhagen',
  'Europe/Stockholm',
  'Europe/Helsinki',
  'Europe/Tallinn',
  'Europe/Riga',
  'Europe/Vilnius',
  'Europe/Bucharest',
  'Europe/Sofia',
  'Europe/Athens',
  'Asia/Nicosia',
  'UTC',
] as const;

export function readSessionForm(raw: unknown): SessionFormValues {
  const body = (raw ?? {}) as Record<string, unknown>;
  const text = (name: keyof SessionFormValues) => one(body, name);
  const quotas = Array.from({ length: maxQuotaRows }, (_, row) => ({
    country: one(body, `quotas-${row}-country`),
    places: one(body, `quotas-${row}-places`),
  }));
  const lastFilled = quotas.findLastIndex((row) => row.country || row.places);
  return {
    startDate: text('startDate'),
    startTime: text('startTime'),
    endDate: text('endDate'),
    endTime: text('endTime'),
    timeZone: text('timeZone'),
    venue: text('venue'),
    city: text('city'),
    country: text('country'),
    onlineUrl: text('onlineUrl'),
    language: text('language'),
    capacity: text('capacity'),
    quotas: quotas.slice(0, lastFilled + 1),
    applicationDate: text('applicationDate'),
    applicationTime: text('applicationTime'),
    selectionDate: text('selectionDate'),
    selectionTime: text('selectionTime'),
    status: text('status'),
  };
}

/** The form filled in with a stored session, its instants shown on the clock of its own time zone. */
export function sessionFormValues(session: CourseSession): SessionFormValues {
  const [startDate, startTime] = wallClock(session.startsAt, session.timeZone);
  const [endDate, endTime] = wallClock(session.endsAt, session.timeZone);
  const [applicationDate, applicationTime] = session.applicationDeadline
    ? wallClock(session.applicationDeadline, session.timeZone)
    : ['', ''];
  const [selectionDate, selectionTime] = session.selectionDeadline
    ? wallClock(session.selectionDeadline, session.timeZone)
    : ['', ''];
  return {
    startDate,
    startTime,
    endDate,
    endTime,
    timeZone: session.timeZone,
    venue: session.venue ?? '',
    city: session.city ?? '',
    country: session.country ?? '',
    onlineUrl: session.onlineUrl ?? '',
    language: session.language,
    capacity: session.capacity === null ? '' : String(session.capacity),
    quotas: session.quotas.map((quota) => ({ country: quota.country, places: String(quota.places) })),
    applicationDate,
    applicationTime,
    selectionDate,
    selectionTime,
    status: session.status,
  };
}

/** The date (`YYYY-MM-DD`) and time (`HH:MM`) an instant shows on clocks in `timeZone`. */
export function wallClock(instant: string, timeZone: string): [string, string] {
  const parts = clockParts(Date.parse(instant), timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return [
    `${String(parts.year).padStart(4, '0')}-${pad(parts.month)}-${pad(parts.day)}`,
    `${pad(parts.hour)}:${pad(parts.minute)}`,
  ];
}

function clockParts(instant: number, timeZone: string) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const value = (type: string) =>
    Number(format.formatToParts(new Date(instant)).find((part) => part.type === type)?.value ?? 0);
  return {
    year: value('year'),
    month: value('month'),
    day: value('day'),
    hour: value('hour'),
    minute: value('minute'),
  };
}

/** Minutes `timeZone` is ahead of UTC at `instant` (120 in Rome in summer, 60 in winter). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const parts = clockParts(instant, timeZone);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * An ISO 8601 date-time with the offset `timeZone` has at that date and time (`2027-07-15T09:00:00+02:00`),
 * or undefined when the date or time is not valid or does not exist there (the hour skipped in spring).
 */
export function localToIso(date: string, time: string, timeZone: string): string | undefined {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const timeMatch = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(time.trim());
  if (!dateMatch || !timeMatch) return undefined;
  const [year, month, day] = dateMatch.slice(1).map(Number) as [number, number, number];
  const [hour, minute] = timeMatch.slice(1).map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day || new Date(wall).getUTCMonth() !== month - 1) return undefined;
  let offset = offsetMinutes(wall, timeZone);
  const corrected = offsetMinutes(wall - offset * 60_000, timeZone);
  if (corrected !== offset) offset = corrected;
  const instant = wall - offset * 60_000;
  if (offsetMinutes(instant, timeZone) !== offset) return undefined;
  const sign = offset < 0 ? '-' : '+';
  const pad = (value: number) => String(value).padStart(2, '0');
  const hhmm = `${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date.trim()}T${pad(hour)}:${pad(minute)}:00${sign}${hhmm}`;
}

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
};

/** What the session services take, or the problems beside their fields. */
export function toSessionInput(values: SessionFormValues): FormResult<CreateSessionInput> {
  const errors: Record<string, string> = {};
  const zone = values.timeZone;
  if (!isTimeZone(zone)) errors.timeZone = 'courseManagement.error.timeZone';
  // The service checks this too, but only once the rest is valid: say it with the other problems.
  if (!values.venue.trim() && !values.onlineUrl.trim()) errors.venue = 'courseManagement.error.venueOrLink';
  const instant = (date: string, time: string, field: string, isOptional: boolean) => {
    if (isOptional && !date.trim() && !time.trim()) return null;
    const iso = isTimeZone(zone) ? localToIso(date, time, zone) : undefined;
    if (iso === undefined) errors[field] = `courseManagement.error.${field}`;
    return iso ?? null;
  };
  const startsAt = instant(values.startDate, values.startTime, 'startDate', false);
  const endsAt = instant(values.endDate, values.endTime, 'endDate', false);
  const filledQuotas = values.quotas
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.country || row.places.trim());
  const candidate = {
    startsAt: startsAt ?? '',
    endsAt: endsAt ?? '',
    timeZone: zone,
    venue: values.venue.trim() || null,
    city: values.city.trim() || null,
    country: values.country || null,
    onlineUrl: values.onlineUrl.trim() || null,
    language: values.language,
    capacity: parseNumber(values.capacity) ?? null,
    quotas: filledQuotas.map(({ row }) => ({ country: row.country, places: parseNumber(row.places) })),
    applicationDeadline: instant(values.applicationDate, values.applicationTime, 'applicationDate', true),
    selectionDeadline: instant(values.selectionDate, values.selectionTime, 'selectionDate', true),
    status: values.status || 'planned',
  };
  const parsed = createSessionSchema.safeParse(candidate);
  const problems = parsed.success ? [] : zodProblems(parsed.error);
  const all = {
    ...sessionErrors(
      problems,
      filledQuotas.map(({ index }) => index),
    ),
    ...errors,
  };
  if (parsed.success && Object.keys(all).length === 0) return { ok: true, input: parsed.data };
  return { ok: false, errors: all };
}

/** An update of the form's fields: the trainers, not on the form, stay as they are. */
export function toSessionPatch(values: SessionFormValues): FormResult<UpdateSessionInput> {
  const result = toSessionInput(values);
  if (!result.ok) return result;
  const { trainers: _trainers, ...patch } = result.input;
  return { ok: true, input: patch };
}

const sessionFields: Record<string, string> = {
  startsAt: 'startDate',
  endsAt: 'endDate',
  applicationDeadline: 'applicationDate',
  selectionDeadline: 'selectionDate',
};
const sessionMessages: Record<string, string> = {
  'endsAt:is before the start': 'courseManagement.error.endBeforeStart',
  'applicationDeadline:is after the start': 'courseManagement.error.deadlineAfterStart',
  'selectionDeadline:is after the start': 'courseManagement.error.deadlineAfterStart',
  'quotas:names a country twice': 'courseManagement.error.quotaTwice',
  'quotas:reserve more places than the capacity': 'courseManagement.error.quotaOverCapacity',
  'venue:is required without an online link': 'courseManagement.error.venueOrLink',
};

/** Problems (zod's or the service's) as session form fields and translation keys. */
export function sessionErrors(
  problems: readonly FieldProblem[],
  quotaRows: readonly number[] = [],
): FormErrors {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const [head = '', index, leaf] = problem.field.split('.');
    const specific = sessionMessages[`${head}:${problem.message}`];
    let field = sessionFields[head] ?? head;
    let kind = field;
    if (head === 'quotas' && leaf && !specific) {
      field = `quotas-${quotaRows[Number(index)] ?? Number(index)}-${leaf}`;
      kind = `quota.${leaf}`;
    } else if (head === 'quotas') field = 'quotas-0-places';
    errors[field] ??= specific ?? `courseManagement.error.${kind}`;
  }
  return errors;
}
