import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import type { SessionStage, UserSessionTable } from './sessions.table.js';

export interface SessionPolicy {
  readonly idleMinutes: number;
  readonly absoluteHours: number;
}

export interface ActiveSession {
  readonly id: string;
  readonly userId: string;
  readonly stage: SessionStage;
  readonly userAgent: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
}

const minuteMs = 60_000;

export function hashSessionToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Creates a session and returns the token for the cookie (only its hash is stored). */
export async function insertSession(
  db: Kysely<Database>,
  session: { userId: string; stage: SessionStage; userAgent: string },
  policy: SessionPolicy,
  now = new Date(),
): Promise<{ token: string; id: string }> {
  const token = crypto.randomBytes(32).toString('base64url');
  const id = hashSessionToken(token);
  await db
    .insertInto('user_session')
    .values({
      id,
      user_id: session.userId,
      stage: session.stage,
      user_agent: session.userAgent.slice(0, 200),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + policy.absoluteHours * 60 * minuteMs).toISOString(),
    })
    .execute();
  return { token, id };
}

/** The session behind a cookie token, if it has neither been idle too long nor passed its absolute end. */
export async function findActiveSession(
  db: Kysely<Database>,
  token: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<ActiveSession | undefined> {
  const row = await db
    .selectFrom('user_session')
    .selectAll()
    .where('id', '=', hashSessionToken(token))
    .executeTakeFirst();
  if (!row) return undefined;
  const idleSince = new Date(now.getTime() - policy.idleMinutes * minuteMs).toISOString();
  if (row.expires_at <= now.toISOString() || row.last_seen_at <= idleSince) {
    await deleteSession(db, row.id);
    return undefined;
  }
  return present(row);
}

/** Records activity, at most once a minute per session: a write per request would be wasted. */
export async function touchSession(
  db: Kysely<Database>,
  session: ActiveSession,
  now = new Date(),
): Promise<void> {
  if (Date.parse(session.lastSeenAt) > now.getTime() - minuteMs) return;
  await db
    .updateTable('user_session')
    .set({ last_seen_at: now.toISOString() })
    .where('id', '=', session.id)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('user_session').where('id', '=', id).execute();
}

/** Ends every session of a user, but `exceptId` when given (the one in use). Returns how many ended. */
export async function deleteUserSessions(
  db: Kysely<Database>,
  userId: string,
  exceptId?: string,
): Promise<number> {
  let query = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function listUserSessions(db: Kysely<Database>, userId: string): Promise<ActiveSession[]> {
  const rows = await db
    .selectFrom('user_session')
    .selectAll()
    .where('user_id', '=', userId)
    .where('stage', '=', 'complete')
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows.map(present);
}

export async function deleteExpiredSessions(
  db: Kysely<Database>,
  policy: SessionPolicy,
  now = new Date(),
): Promise<number> {
  const idleSince = new Date(now.getTime() - policy.idleMinutes * minuteMs).toISOString();
  const result = await db
    .deleteFrom('user_session')
    .where((eb) => eb.or([eb('expires_at', '<=', now.toISOString()), eb('last_seen_at', '<=', idleSince)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

function present(row: UserSessionTable): ActiveSession {
  return {
    id: row.id,
    userId: row.user_id,
    stage: row.stage,
    userAgent: row.user_agent,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
  };
}
