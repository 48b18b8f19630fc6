import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';

type Db = Kysely<Database>;

/** What the apply page tells about a session: its course, when and where, deadlines and quotas. */
export interface SessionToApply {
  readonly id: string;
  readonly status: string;
  readonly courseStatus: string;
  readonly courseSlug: string;
  readonly courseTitle: string;
  /** The language the title is shown in (the reader's, else the course's source language). */
  readonly courseTitleLanguage: string;
  readonly providerName: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly timeZone: string;
  readonly venue: string | null;
  readonly city: string | null;
  readonly country: string | null;
  readonly isOnline: boolean;
  readonly language: string;
  readonly capacity: number | null;
  readonly applicationDeadline: string | null;
  readonly selectionDeadline: string | null;
  readonly quotas: readonly { readonly country: string; readonly places: number }[];
}

/** A session with its course's title in `language` (else the source language's), for the apply page. */
export async function findSessionToApply(
  db: Db,
  sessionId: string,
  language: string,
): Promise<SessionToApply | undefined> {
  const row = await db
    .selectFrom('course_session as s')
    .innerJoin('course as c', 'c.id', 's.course_id')
    .innerJoin('organisation as o', 'o.id', 'c.provider_id')
    .leftJoin('course_translation as wanted', (join) =>
      join.onRef('wanted.course_id', '=', 'c.id').on('wanted.language', '=', language),
    )
    .leftJoin('course_translation as source', (join) =>
      join.onRef('source.course_id', '=', 'c.id').onRef('source.language', '=', 'c.source_language'),
    )
    .selectAll('s')
    .select([
      'c.status as course_status',
      'c.slug as course_slug',
      'c.source_language',
      'o.name as provider_name',
      'wanted.title as wanted_title',
      'source.title as source_title',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) return undefined;
  const quotas = await db
    .selectFrom('course_session_quota')
    .select(['country', 'places'])
    .where('session_id', '=', sessionId)
    .orderBy('country')
    .execute();
  return {
    id: row.id,
    status: row.status,
    courseStatus: row.course_status,
    courseSlug: row.course_slug,
    courseTitle: row.wanted_title ?? row.source_title ?? row.course_slug,
    courseTitleLanguage: row.wanted_title ? language : row.source_language,
    providerName: row.provider_name,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    venue: row.venue,
    city: row.city,
    country: row.country,
    isOnline: row.online_url !== null && row.online_url !== '',
    language: row.language,
    capacity: row.capacity,
    applicationDeadline: row.application_deadline,
    selectionDeadline: row.selection_deadline,
    quotas: quotas.map((quota) => ({ country: quota.country, places: Number(quota.places) })),
  };
}

/** Per session of a person's applications: the course's public address and the session's clock. */
export interface ApplicationSessionFacts {
  readonly courseSlug: string;
  readonly isCoursePublished: boolean;
  readonly timeZone: string;
}

export async function findApplicationSessionFacts(
  db: Db,
  sessionIds: readonly string[],
): Promise<Map<string, ApplicationSessionFacts>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('course_session as s')
    .innerJoin('course as c', 'c.id', 's.course_id')
    .select(['s.id', 's.time_zone', 'c.slug', 'c.status'])
    .where('s.id', 'in', [...new Set(sessionIds)])
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      { courseSlug: row.slug, isCoursePublished: row.status === 'published', timeZone: row.time_zone },
    ]),
  );
}
