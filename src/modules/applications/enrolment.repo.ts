import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../database.js';
import { inactiveStatuses } from './applications.states.js';
import type { EnrolmentInvitationTable } from './enrolment.table.js';

type Db = Kysely<Database>;
export type InvitationRow = Selectable<EnrolmentInvitationTable>;

/** Accounts by their (lower-case) addresses: id and whether the address is verified. */
export async function findAccountsByEmails(
  db: Db,
  emails: readonly string[],
): Promise<Map<string, { id: string; isVerified: boolean }>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .selectFrom('user_account')
    .select(['id', 'email', 'email_verified_at'])
    .where((eb) => eb(eb.fn('lower', ['email']), 'in', emails))
    .execute();
  return new Map(
    rows.map((row) => [row.email.toLowerCase(), { id: row.id, isVerified: row.email_verified_at !== null }]),
  );
}

/** Which of these people hold an active application (not withdrawn or refused) to the session. */
export async function findActiveApplicants(
  db: Db,
  sessionId: string,
  userIds: readonly string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('application')
    .select('user_id')
    .where('session_id', '=', sessionId)
    .where('user_id', 'in', userIds)
    .where('status', 'not in', inactiveStatuses)
    .execute();
  return new Set(rows.map((row) => row.user_id));
}

/** Addresses with an invitation to the session that is neither claimed nor expired at `now`. */
export async function findPendingInvitationEmails(
  db: Db,
  sessionId: string,
  emails: readonly string[],
  now: string,
): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .selectFrom('enrolment_invitation')
    .select('email')
    .where('session_id', '=', sessionId)
    .where('email', 'in', emails)
    .where('claimed_at', 'is', null)
    .where('expires_at', '>', now)
    .execute();
  return new Set(rows.map((row) => row.email));
}

export async function insertInvitation(
  db: Db,
  invitation: Omit<InvitationRow, 'token_hash' | 'claimed_at' | 'claimed_by_user_id'>,
): Promise<void> {
  await db
    .insertInto('enrolment_invitation')
    .values({ ...invitation, token_hash: null, claimed_at: null, claimed_by_user_id: null })
    .execute();
}

export function findInvitation(db: Db, id: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('enrolment_invitation').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findInvitationByTokenHash(db: Db, tokenHash: string): Promise<InvitationRow | undefined> {
  return db
    .selectFrom('enrolment_invitation')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Replaces the token of a pending invitation (each mail carries a fresh one). */
export async function setInvitationTokenHash(db: Db, id: string, tokenHash: string): Promise<void> {
  await db
    .updateTable('enrolment_invitation')
    .set({ token_hash: tokenHash })
    .where('id', '=', id)
    .where('claimed_at', 'is', null)
    .execute();
}

/** Marks the invitation taken; false when another request took it first. */
export async function markInvitationClaimed(
  db: Db,
  id: string,
  claim: { userId: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('enrolment_invitation')
    .set({ claimed_at: claim.at, claimed_by_user_id: claim.userId })
    .where('id', '=', id)
    .where('claimed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The account's address and whether it is verified: a claim needs the invited address, verified. */
export function findAccountEmail(db: Db, userId: string) {
  return db
    .selectFrom('user_account')
    .select(['email', 'email_verified_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
}
