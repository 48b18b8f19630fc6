import { sql, type Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { quotaHoldingStatuses } from './applications.states.js';

type Db = Kysely<Database>;

/** Countries a reader is limited to: `all`, or a list (an empty list reads nothing). */
export type CountryScope = 'all' | readonly string[];

/** A session as the desks head it: its course's title in the reader's language, dates and deadlines. */
export interface DeskSession {
  readonly id: string;
  readonly courseId: string;
  readonly providerId: string;
  readonly courseTitle: string;
  /** The language of `courseTitle`: the reader's, or the course's own when that is missing. */
  readonly titleLanguage: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly timeZone: string;
  readonly capacity: number | null;
  readonly selectionDeadline: string | null;
  readonly status: string;
}

/** One country's quota in one session, with how far its selection has gone. */
export interface CountryQuota {
  readonly country: string;
  readonly places: number;
  /** Applications waiting for the contact point's decision. */
  readonly submitted: number;
  /** Nominated and not dropped since: the quota places in use. */
  readonly nominated: number;
}

export interface SelectionSessionRow {
  readonly session: DeskSession;
  readonly quota: CountryQuota;
}

function deskSessions(db: Db, language: string) {
  return db
    .selectFrom('course_session as s')
    .innerJoin('course as c', 'c.id', 's.course_id')
    .leftJoin('course_translation as wanted', (join) =>
      join.onRef('wanted.course_id', '=', 'c.id').on('wanted.language', '=', language),
    )
    .leftJoin('course_translation as source', (join) =>
      join.onRef('source.course_id', '=', 'c.id').onRef('source.language', '=', 'c.source_language'),
    )
    .select([
      's.id',
      's.course_id',
      'c.provider_id',
      'c.source_language',
      'wanted.title as wanted_title',
      'source.title as source_title',
      's.starts_at',
      's.ends_at',
      's.time_zone',
      's.capacity',
      's.selection_deadline',
      's.status',
    ]);
}

type DeskSessionRow = Awaited<ReturnType<ReturnType<typeof deskSessions>['executeTakeFirstOrThrow']>>;

function toDeskSession(row: DeskSessionRow, language: string): DeskSession {
  return {
    id: row.id,
    courseId: row.course_id,
    providerId: row.provider_id,
    courseTitle: row.wanted_title ?? row.source_title ?? '',
    titleLanguage: row.wanted_title !== null ? language : row.source_language,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    capacity: row.capacity,
    selectionDeadline: row.selection_deadline,
    status: row.status,
  };
}

/** The session with its course's title in `language` (else the course's own language). */
export async function findDeskSession(
  db: Db,
  sessionId: string,
  language: string,
): Promise<DeskSession | undefined> {
  const row = await deskSessions(db, language).where('s.id', '=', sessionId).executeTakeFirst();
  return row && toDeskSession(row, language);
}

/**
 * Sessions that select nationally where one of `countries` has a quota, one row per session and
 * country: sessions not yet over first (soonest first), then past ones. Draft courses and cancelled
 * sessions are left out: there is nothing to select for them.
 */
export async function listSelectionSessions(
  db: Db,
  options: { countries: CountryScope; language: string; now: Date },
): Promise<SelectionSessionRow[]> {
  if (options.countries !== 'all' && options.countries.length === 0) return [];
  let query = deskSessions(db, options.language)
    .innerJoin('course_session_quota as q', 'q.session_id', 's.id')
    .select(['q.country', 'q.places'])
    .where('c.status', '!=', 'draft')
    .where('s.status', '!=', 'cancelled');
  if (options.countries !== 'all') query = query.where('q.country', 'in', options.countries);
  const rows = await query
    .orderBy(sql`case when s.ends_at < ${options.now.toISOString()} then 1 else 0 end`)
    .orderBy('s.starts_at')
    .orderBy('q.country')
    .execute();
  const counts = await countByCountry(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    session: toDeskSession(row, options.language),
    quota: quotaOf(row, counts.get(`${row.id} ${row.country}`)),
  }));
}

/** The quotas of one session for `countries`, with their counts. */
export async function listSessionQuotas(
  db: Db,
  sessionId: string,
  countries: CountryScope,
): Promise<CountryQuota[]> {
  if (countries !== 'all' && countries.length === 0) return [];
  let query = db
    .selectFrom('course_session_quota')
    .select(['session_id as id', 'country', 'places'])
    .where('session_id', '=', sessionId);
  if (countries !== 'all') query = query.where('country', 'in', countries);
  const rows = await query.orderBy('country').execute();
  const counts = await countByCountry(db, [sessionId]);
  return rows.map((row) => quotaOf(row, counts.get(`${row.id} ${row.country}`)));
}

interface Counts {
  submitted: number;
  nominated: number;
}

function quotaOf(row: { country: string; places: number }, counts: Counts | undefined): CountryQuota {
  return { country: row.country, places: row.places, ...(counts ?? { submitted: 0, nominated: 0 }) };
}

/** Submitted and quota-holding applications per `session country`. */
async function countByCountry(db: Db, sessionIds: readonly string[]): Promise<Map<string, Counts>> {
  const counts = new Map<string, Counts>();
  if (sessionIds.length === 0) return counts;
  const rows = await db
    .selectFrom('application')
    .select(['session_id', 'country', 'status'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('session_id', 'in', [...new Set(sessionIds)])
    .where('status', 'in', ['submitted', ...quotaHoldingStatuses])
    .groupBy(['session_id', 'country', 'status'])
    .execute();
  for (const row of rows) {
    const key = `${row.session_id} ${row.country ?? ''}`;
    const entry = counts.get(key) ?? { submitted: 0, nominated: 0 };
    if (row.status === 'submitted') entry.submitted += Number(row.n);
    else entry.nominated += Number(row.n);
    counts.set(key, entry);
  }
  return counts;
}
