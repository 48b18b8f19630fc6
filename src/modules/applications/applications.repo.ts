import { PostgresAdapter, sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../database.js';
import {
  placeHoldingStatuses,
  quotaHoldingStatuses,
  type ApplicationStatus,
  type DecidingRole,
} from './applications.states.js';
import type { ApplicationTable } from './applications.table.js';

type Db = Kysely<Database>;
export type ApplicationRow = Selectable<ApplicationTable>;

/** What the rules need to know of a session: its provider, deadlines, capacity and quotas. */
export interface SessionForApplications {
  readonly id: string;
  readonly providerId: string;
  readonly courseStatus: string;
  readonly status: string;
  readonly startsAt: string;
  readonly capacity: number | null;
  readonly applicationDeadline: string | null;
  readonly selectionDeadline: string | null;
  readonly quotaCount: number;
}

/**
 * Makes the calling transaction the only one changing the session's applications until it ends:
 * `FOR UPDATE` on the session row in PostgreSQL; SQLite has a single writer, which Kysely's one
 * connection already serialises. Capacity and quota checks that follow cannot race.
 */
export async function lockSession(trx: Db, sessionId: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await trx.selectFrom('course_session').select('id').where('id', '=', sessionId).forUpdate().execute();
}

export async function findSessionForApplications(
  db: Db,
  sessionId: string,
): Promise<SessionForApplications | undefined> {
  const row = await db
    .selectFrom('course_session as s')
    .innerJoin('course as c', 'c.id', 's.course_id')
    .select([
      's.id',
      'c.provider_id',
      'c.status as course_status',
      's.status',
      's.starts_at',
      's.capacity',
      's.application_deadline',
      's.selection_deadline',
    ])
    .select((eb) =>
      eb
        .selectFrom('course_session_quota as q')
        .whereRef('q.session_id', '=', 's.id')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .as('quota_count'),
    )
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    providerId: row.provider_id,
    courseStatus: row.course_status,
    status: row.status,
    startsAt: row.starts_at,
    capacity: row.capacity,
    applicationDeadline: row.application_deadline,
    selectionDeadline: row.selection_deadline,
    quotaCount: Number(row.quota_count ?? 0),
  };
}

export async function findQuotaPlaces(
  db: Db,
  sessionId: string,
  country: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('course_session_quota')
    .select('places')
    .where('session_id', '=', sessionId)
    .where('country', '=', country)
    .executeTakeFirst();
  return row?.places;
}

async function countApplications(
  db: Db,
  sessionId: string,
  statuses: readonly ApplicationStatus[],
  country?: string,
): Promise<number> {
  let query = db
    .selectFrom('application')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('session_id', '=', sessionId)
    .where('status', 'in', statuses);
  if (country !== undefined) query = query.where('country', '=', country);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export const countPlacesTaken = (db: Db, sessionId: string) =>
  countApplications(db, sessionId, placeHoldingStatuses);

export const countQuotaUsed = (db: Db, sessionId: string, country: string) =>
  countApplications(db, sessionId, quotaHoldingStatuses, country);

export async function nextWaitlistPosition(db: Db, sessionId: string): Promise<number> {
  const row = await db
    .selectFrom('application')
    .select((eb) => eb.fn.max('waitlist_position').as('last'))
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export function findFirstWaitlisted(db: Db, sessionId: string): Promise<ApplicationRow | undefined> {
  return db
    .selectFrom('application')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('status', '=', 'waitlisted')
    .orderBy('waitlist_position')
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
}

export function findApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom('application').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findActiveApplication(db: Db, sessionId: string, userId: string) {
  return db
    .selectFrom('application')
    .select('id')
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('status', 'not in', ['withdrawn', 'rejected', 'not-nominated'])
    .executeTakeFirst();
}

export async function insertApplication(db: Db, row: Omit<ApplicationRow, 'updated_at'>): Promise<void> {
  await db
    .insertInto('application')
    .values({ ...row, updated_at: row.created_at })
    .execute();
}

export type ApplicationPatch = Partial<
  Pick<ApplicationRow, 'status' | 'rank' | 'waitlist_position' | 'offer_expires_at'>
>;

export async function updateApplication(db: Db, id: string, patch: ApplicationPatch, at: string) {
  await db
    .updateTable('application')
    .set({ ...patch, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function insertApplicationEvent(
  db: Db,
  event: {
    id: string;
    applicationId: string;
    from: ApplicationStatus | null;
    to: ApplicationStatus;
    actorUserId: string | null;
    actorRole: DecidingRole;
    reason: string | null;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('application_event')
    .values({
      id: event.id,
      application_id: event.applicationId,
      from_status: event.from,
      to_status: event.to,
      actor_user_id: event.actorUserId,
      actor_role: event.actorRole,
      reason: event.reason,
      at: event.at,
      notified_at: null,
    })
    .execute();
}

/** Sessions holding offers whose time to confirm ran out before `now`. */
export async function listSessionsWithExpiredOffers(db: Db, now: string): Promise<string[]> {
  const rows = await db
    .selectFrom('application')
    .select('session_id')
    .distinct()
    .where('status', '=', 'accepted')
    .where('offer_expires_at', '<=', now)
    .execute();
  return rows.map((row) => row.session_id);
}

export function listExpiredOffers(db: Db, sessionId: string, now: string): Promise<ApplicationRow[]> {
  return db
    .selectFrom('application')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('status', '=', 'accepted')
    .where('offer_expires_at', '<=', now)
    .orderBy('offer_expires_at')
    .execute();
}

/** The profile fields an application starts from. */
export async function findApplicantProfile(db: Db, userId: string) {
  return db
    .selectFrom('user_account as u')
    .leftJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select(['u.country', 'u.profession', 'o.name as organisation_name'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

/** Whether the application was ever nominated by a contact point (the provider sees it from then on). */
export const wasNominated = sql<boolean>`exists (select 1 from application_event e
  where e.application_id = a.id and e.to_status = 'nominated')`;
