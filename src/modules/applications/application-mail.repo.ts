import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';

type Db = Kysely<Database>;

/** After this many failed tries a change is no longer mailed (the address is wrong, say). */
export const maxNotifyAttempts = 5;

/**
 * Changes of status not yet mailed to their applicant, oldest first, with what the mail says: the
 * applicant, the session and the course's titles in every language (the mail picks the applicant's).
 */
export async function listUnnotifiedEvents(db: Db, limit: number) {
  return db
    .selectFrom('application_event as e')
    .innerJoin('application as a', 'a.id', 'e.application_id')
    .innerJoin('user_account as u', 'u.id', 'a.user_id')
    .select([
      'e.id',
      'e.to_status',
      'e.actor_role',
      'e.reason',
      'e.notify_attempts',
      'a.id as application_id',
      'a.offer_expires_at',
      'a.waitlist_position',
      'u.email',
      'u.name',
      'u.preferred_language',
      'a.session_id',
    ])
    .where('e.notified_at', 'is', null)
    .where('e.notify_attempts', '<', maxNotifyAttempts)
    .orderBy('e.at')
    .orderBy('e.id')
    .limit(limit)
    .execute();
}
export type UnnotifiedEvent = Awaited<ReturnType<typeof listUnnotifiedEvents>>[number];

export async function markNotified(db: Db, eventId: string, at: string): Promise<void> {
  await db.updateTable('application_event').set({ notified_at: at }).where('id', '=', eventId).execute();
}

export async function countFailedNotification(db: Db, eventId: string): Promise<void> {
  await db
    .updateTable('application_event')
    .set((eb) => ({ notify_attempts: eb('notify_attempts', '+', 1) }))
    .where('id', '=', eventId)
    .execute();
}

/** What a mail says about a session: when, where, and the course's title in each language. */
export async function findSessionForMail(db: Db, sessionId: string) {
  const session = await db
    .selectFrom('course_session as s')
    .innerJoin('course as c', 'c.id', 's.course_id')
    .select([
      's.id',
      's.starts_at',
      's.ends_at',
      's.time_zone',
      's.venue',
      's.city',
      's.country',
      's.online_url',
      's.application_deadline',
      's.selection_deadline',
      'c.id as course_id',
      'c.slug as course_slug',
      'c.source_language',
      'c.provider_id',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!session) return undefined;
  const titles = await db
    .selectFrom('course_translation')
    .select(['language', 'title'])
    .where('course_id', '=', session.course_id)
    .execute();
  return { ...session, titles: new Map(titles.map((row) => [row.language, row.title])) };
}
export type SessionForMail = NonNullable<Awaited<ReturnType<typeof findSessionForMail>>>;
