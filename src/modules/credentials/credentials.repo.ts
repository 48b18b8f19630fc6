import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { CredentialTable } from './credentials.table.js';

type Db = Kysely<Database> | Transaction<Database>;
export type CredentialRow = Selectable<CredentialTable>;

/** What a credential says about its completion, read from the record, its person and its session. */
export interface CompletionFacts {
  readonly completionRecordId: string;
  readonly userId: string | null;
  readonly recipientName: string | null;
  readonly recipientEmail: string | null;
  readonly courseId: string;
  readonly hours: number;
  readonly completedAt: string;
  readonly sessionStartsAt: string;
  readonly sessionEndsAt: string;
}

const iso = (value: string | Date): string => new Date(value).toISOString();

/** The completion record with its person (none after an erasure) and its session's dates. */
export async function findCompletionFacts(
  db: Db,
  completionRecordId: string,
): Promise<CompletionFacts | undefined> {
  const row = await db
    .selectFrom('completion_record as r')
    .innerJoin('course_session as s', 's.id', 'r.session_id')
    .leftJoin('user_account as u', 'u.id', 'r.user_id')
    .select([
      'r.id',
      'r.user_id',
      'r.course_id',
      'r.hours',
      'r.completed_at',
      's.starts_at',
      's.ends_at',
      'u.name',
      'u.email',
    ])
    .where('r.id', '=', completionRecordId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    completionRecordId: row.id,
    userId: row.user_id,
    recipientName: row.name,
    recipientEmail: row.email,
    courseId: row.course_id,
    hours: Number(row.hours),
    completedAt: iso(row.completed_at),
    sessionStartsAt: iso(row.starts_at),
    sessionEndsAt: iso(row.ends_at),
  };
}

/** Completion records of a person still holding an account that no credential was issued for yet. */
export async function listCompletionsWithoutCredential(db: Db, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('completion_record as r')
    .select('r.id')
    .where('r.user_id', 'is not', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('credential as c').select('c.id').whereRef('c.completion_record_id', '=', 'r.id'),
        ),
      ),
    )
    .orderBy('r.completed_at')
    .orderBy('r.id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

/** The current (not superseded) credential of a completion record, if any. */
export async function findCurrentCredential(
  db: Db,
  completionRecordId: string,
): Promise<CredentialRow | undefined> {
  return db
    .selectFrom('credential')
    .selectAll()
    .where('completion_record_id', '=', completionRecordId)
    .where('superseded_by', 'is', null)
    .executeTakeFirst();
}

export async function findCredential(db: Db, id: string): Promise<CredentialRow | undefined> {
  return db.selectFrom('credential').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertCredential(db: Db, row: CredentialRow): Promise<void> {
  await db.insertInto('credential').values(row).execute();
}

/** Marks a credential revoked; false when it was revoked already. */
export async function markRevoked(db: Db, id: string, reason: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('credential')
    .set({ revoked_at: at, revocation_reason: reason })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The provider of the course a credential was issued for (none once the course was deleted). */
export async function findCredentialProvider(db: Db, credentialId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('credential as c')
    .innerJoin('completion_record as r', 'r.id', 'c.completion_record_id')
    .innerJoin('course as k', 'k.id', 'r.course_id')
    .select('k.provider_id')
    .where('c.id', '=', credentialId)
    .executeTakeFirst();
  return row?.provider_id;
}

/** Valid credentials whose recipient name is no longer the person's name (they corrected it). */
export async function listCredentialsWithOldName(db: Db): Promise<CredentialRow[]> {
  return db
    .selectFrom('credential as c')
    .innerJoin('user_account as u', 'u.id', 'c.user_id')
    .selectAll('c')
    .where('c.revoked_at', 'is', null)
    .where('c.superseded_by', 'is', null)
    .where('c.completion_record_id', 'is not', null)
    .whereRef('c.recipient_name', '<>', 'u.name')
    .execute();
}

export async function markSuperseded(db: Db, id: string, successorId: string): Promise<void> {
  await db.updateTable('credential').set({ superseded_by: successorId }).where('id', '=', id).execute();
}
