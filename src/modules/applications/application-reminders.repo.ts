import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { ApplicationStatus } from './applications.states.js';

type Db = Kysely<Database>;

export const reminderKinds = ['application-deadline', 'selection-deadline', 'session-start'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** Sessions of published courses with `column` between `from` (excluded) and `until` (included). */
export async function listSessionsDueBetween(
  db: Db,
  column: 'application_deadline' | 'selection_deadline' | 'starts_at',
  from: string,
  until: string,
) {
  return db
    .selectFrom('course_session as s')
    .innerJoin('course as c', 'c.id', 's.course_id')
    .select(['s.id', 's.status', 'c.provider_id'])
    .select((eb) =>
      eb
        .selectFrom('course_session_quota as q')
        .select((q) => q.fn.countAll<number>().as('n'))
        .whereRef('q.session_id', '=', 's.id')
        .as('quota_count'),
    )
    .where('c.status', '=', 'published')
    .where('s.status', '!=', 'cancelled')
    .where(`s.${column}`, '>', from)
    .where(`s.${column}`, '<=', until)
    .execute();
}

/**
 * Staff holding `role` within a scope, who have not had this reminder yet. Staff grants count only
 * with a second factor enrolled, as everywhere else.
 */
export async function listStaffToRemind(
  db: Db,
  reminder: { kind: ReminderKind; sessionId: string },
  grant: {
    role: 'contact-point' | 'provider-manager';
    scopeType: 'country' | 'organisation';
    scopeId: string;
  },
) {
  return db
    .selectFrom('role_grant as g')
    .innerJoin('user_account as u', 'u.id', 'g.user_id')
    .select(['u.id', 'u.email', 'u.name', 'u.preferred_language'])
    .distinct()
    .where('g.role', '=', grant.role)
    .where('g.scope_type', '=', grant.scopeType)
    .where('g.scope_id', '=', grant.scopeId)
    .where('u.second_factor_enabled_at', 'is not', null)
    .where('u.id', 'not in', alreadyReminded(db, reminder))
    .execute();
}

/** Applicants of a session in one of `statuses` who have not had this reminder yet. */
export async function listApplicantsToRemind(
  db: Db,
  reminder: { kind: ReminderKind; sessionId: string },
  statuses: readonly ApplicationStatus[],
) {
  return db
    .selectFrom('application as a')
    .innerJoin('user_account as u', 'u.id', 'a.user_id')
    .select(['u.id', 'u.email', 'u.name', 'u.preferred_language', 'a.status'])
    .where('a.session_id', '=', reminder.sessionId)
    .where('a.status', 'in', statuses)
    .where('u.id', 'not in', alreadyReminded(db, reminder))
    .execute();
}

/** The people who already had this reminder. */
const alreadyReminded = (db: Db, reminder: { kind: ReminderKind; sessionId: string }) =>
  db
    .selectFrom('application_reminder')
    .select('user_id')
    .where('kind', '=', reminder.kind)
    .where('session_id', '=', reminder.sessionId);

/** The places of each country with a quota in the session. */
export async function listQuotas(db: Db, sessionId: string) {
  return db
    .selectFrom('course_session_quota')
    .select(['country', 'places'])
    .where('session_id', '=', sessionId)
    .execute();
}

/** How many applications of each country are in one of `statuses`. */
export async function countApplicationsByCountry(
  db: Db,
  sessionId: string,
  statuses: readonly ApplicationStatus[],
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('application')
    .select(['country', (eb) => eb.fn.countAll<number>().as('n')])
    .where('session_id', '=', sessionId)
    .where('status', 'in', statuses)
    .groupBy('country')
    .execute();
  return new Map(rows.map((row) => [row.country ?? '', Number(row.n)]));
}

export async function recordReminder(
  db: Db,
  reminder: { kind: ReminderKind; sessionId: string; userId: string; at: string },
): Promise<void> {
  await db
    .insertInto('application_reminder')
    .values({
      kind: reminder.kind,
      session_id: reminder.sessionId,
      user_id: reminder.userId,
      sent_at: reminder.at,
    })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}
