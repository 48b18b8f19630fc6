import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { placeHoldingStatuses } from './applications.states.js';

type Db = Kysely<Database>;

export interface SessionSheet {
  readonly id: string;
  readonly providerId: string;
  readonly providerName: string;
  /** In the asked language, else the course's source language. */
  readonly courseTitle: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly timeZone: string;
  readonly venue: string | null;
  readonly city: string | null;
  readonly country: string | null;
  readonly trainerIds: readonly string[];
}

export async function findSessionSheet(
  db: Db,
  sessionId: string,
  language: string,
): Promise<SessionSheet | undefined> {
  const row = await db
    .selectFrom('course_session as s')
    .innerJoin('course as c', 'c.id', 's.course_id')
    .innerJoin('organisation as o', 'o.id', 'c.provider_id')
    .select([
      's.id',
      's.course_id',
      'c.provider_id',
      'c.source_language',
      'o.name as provider_name',
      's.starts_at',
      's.ends_at',
      's.time_zone',
      's.venue',
      's.city',
      's.country',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) return undefined;
  const [titles, trainers] = await Promise.all([
    db
      .selectFrom('course_translation')
      .select(['language', 'title'])
      .where('course_id', '=', row.course_id)
      .where('language', 'in', [language, row.source_language])
      .execute(),
    db.selectFrom('course_session_trainer').select('user_id').where('session_id', '=', sessionId).execute(),
  ]);
  const title = (wanted: string) => titles.find((translation) => translation.language === wanted)?.title;
  return {
    id: row.id,
    providerId: row.provider_id,
    providerName: row.provider_name,
    courseTitle: title(language) ?? title(row.source_language) ?? '',
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    venue: row.venue,
    city: row.city,
    country: row.country,
    trainerIds: trainers.map((trainer) => trainer.user_id),
  };
}

/** The people holding a place, by name. */
export function listParticipants(db: Db, sessionId: string) {
  return db
    .selectFrom('application as a')
    .innerJoin('user_account as u', 'u.id', 'a.user_id')
    .select(['u.name', 'a.organisation', 'a.country'])
    .where('a.session_id', '=', sessionId)
    .where('a.status', 'in', placeHoldingStatuses)
    .orderBy('u.name')
    .execute();
}
