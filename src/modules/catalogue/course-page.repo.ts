import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { findActiveRecognitions, type RecognitionRecord } from '../recognition/index.js';

type Db = Kysely<Database>;

/** The next session of a course, as a result card shows it. */
export interface NextSession {
  readonly startsAt: string;
  readonly timeZone: string;
  readonly city: string | null;
  readonly country: string | null;
}

/** Per course, its earliest session not yet ended and not cancelled (none when there is no such session). */
export async function findNextSessions(
  db: Db,
  courseIds: readonly string[],
  now: Date,
): Promise<Map<string, NextSession>> {
  if (courseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('course_session')
    .select(['course_id', 'starts_at', 'time_zone', 'city', 'country'])
    .where('course_id', 'in', [...courseIds])
    .where('status', '!=', 'cancelled')
    .where('ends_at', '>=', now.toISOString())
    .orderBy('starts_at')
    .execute();
  const next = new Map<string, NextSession>();
  for (const row of rows) {
    if (next.has(row.course_id)) continue;
    next.set(row.course_id, {
      startsAt: new Date(row.starts_at).toISOString(),
      timeZone: row.time_zone,
      city: row.city,
      country: row.country,
    });
  }
  return next;
}

/** The slug of a provider's public page, undefined when it has none. */
export async function findProviderSlug(db: Db, providerId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('organisation')
    .select('slug')
    .where('id', '=', providerId)
    .executeTakeFirst();
  return row?.slug || undefined;
}

/** The recognitions of a course's credits by academic bodies, in force on `now`'s day. */
export function findRecognisedCredits(
  db: Db,
  courseId: string,
  now: Date,
  language: string,
): Promise<RecognitionRecord[]> {
  return findActiveRecognitions(db, courseId, now, language);
}
