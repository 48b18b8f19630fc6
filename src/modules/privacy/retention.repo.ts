import { sql, type Kysely } from 'kysely';
import type { Database } from '../../database.js';

/** The SQL of account retention. Times are ISO strings computed by the caller, so tests can move them. */

/** Accounts per kind handled by one run; the next run carries on. */
const batchSize = 500;

const lastActivity = sql<string>`coalesce(last_seen_at, created_at)`;

export async function listUnverifiedAccountsCreatedBefore(db: Kysely<Database>, cutoff: string) {
  const rows = await db
    .selectFrom('user_account')
    .select('id')
    .where('email_verified_at', 'is', null)
    .where('created_at', '<', cutoff)
    .orderBy('created_at')
    .limit(batchSize)
    .execute();
  return rows.map((row) => row.id);
}

/** People seen again since their warning are warned afresh next time they go quiet. */
export async function clearWarningsOfReturnedAccounts(db: Kysely<Database>): Promise<number> {
  const result = await db
    .updateTable('user_account')
    .set({ inactivity_warned_at: null })
    .where('inactivity_warned_at', 'is not', null)
    .where('last_seen_at', 'is not', null)
    .whereRef('last_seen_at', '>', 'inactivity_warned_at')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function listAccountsWarnedBefore(db: Kysely<Database>, cutoff: string) {
  const rows = await db
    .selectFrom('user_account')
    .select('id')
    .where('inactivity_warned_at', '<', cutoff)
    .where(sql<boolean>`coalesce(last_seen_at, created_at) <= inactivity_warned_at`)
    .orderBy('inactivity_warned_at')
    .limit(batchSize)
    .execute();
  return rows.map((row) => row.id);
}

export async function listAccountsInactiveSince(db: Kysely<Database>, cutoff: string) {
  const rows = await db
    .selectFrom('user_account')
    .select('id')
    .where('inactivity_warned_at', 'is', null)
    .where('email_verified_at', 'is not', null)
    .where(lastActivity, '<', cutoff)
    .orderBy('created_at')
    .limit(batchSize)
    .execute();
  return rows.map((row) => row.id);
}

/** Marks the warning as sent; false when another run got there first (so the mail goes once). */
export async function markInactivityWarned(
  db: Kysely<Database>,
  userId: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('user_account')
    .set({ inactivity_warned_at: now })
    .where('id', '=', userId)
    .where('inactivity_warned_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findAccountToWarn(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('user_account')
    .select(['email', 'name', 'preferred_language', 'last_seen_at', 'created_at', 'inactivity_warned_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
}
