import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { CredentialRow } from './credentials.repo.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A credential of its holder, with its session's time zone (none once the course was deleted). */
export interface HeldCredentialRow extends CredentialRow {
  readonly time_zone: string | null;
}

const heldCredentials = (db: Db) =>
  db
    .selectFrom('credential as c')
    .leftJoin('completion_record as r', 'r.id', 'c.completion_record_id')
    .leftJoin('course_session as s', 's.id', 'r.session_id')
    .selectAll('c')
    .select('s.time_zone');

/** Every credential of a person, newest first. */
export async function listHeldCredentials(db: Db, userId: string): Promise<HeldCredentialRow[]> {
  return heldCredentials(db)
    .where('c.user_id', '=', userId)
    .orderBy('c.issued_at', 'desc')
    .orderBy('c.id')
    .execute();
}

/** One credential of a person; undefined when there is no such credential or it is someone else's. */
export async function findHeldCredential(
  db: Db,
  userId: string,
  id: string,
): Promise<HeldCredentialRow | undefined> {
  return heldCredentials(db).where('c.user_id', '=', userId).where('c.id', '=', id).executeTakeFirst();
}

/** Makes a credential readable by anyone (or by its holder and share link only again). */
export async function updateVisibility(db: Db, id: string, isPublic: boolean): Promise<void> {
  await db
    .updateTable('credential')
    .set({ is_public: isPublic ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}

/** Stores a credential's share link (`<nonce>.<hash>`), or clears it with null. */
export async function updateShareLink(db: Db, id: string, stored: string | null): Promise<void> {
  await db.updateTable('credential').set({ share_token_hash: stored }).where('id', '=', id).execute();
}
