import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface CredentialSession {
  readonly id: string;
  readonly providerId: string;
  readonly courseTitle: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly timeZone: string;
}

export interface SessionCredential {
  readonly id: string;
  readonly userId: string;
  readonly recipientName: string;
  readonly issuedAt: string;
  readonly revokedAt: string | null;
  readonly revocationReason: string | null;
  readonly supersededBy: string | null;
}

/** A session with its course title in `language`, else the course's source language. */
export async function findCredentialSession(
  db: Db,
  sessionId: string,
  language: string,
): Promise<CredentialSession | undefined> {
  const row = await db
    .selectFrom('course_session as s')
    .innerJoin('course as c', 'c.id', 's.course_id')
    .leftJoin('course_translation as wanted', (join) =>
      join.onRef('wanted.course_id', '=', 'c.id').on('wanted.language', '=', language),
    )
    .leftJoin('course_translation as source', (join) =>
      join.onRef('source.course_id', '=', 'c.id').onRef('source.language', '=', 'c.source_language'),
    )
    .select([
      's.id',
      'c.provider_id',
      'wanted.title as wantedTitle',
      'source.title as sourceTitle',
      's.starts_at',
      's.ends_at',
      's.time_zone',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    providerId: row.provider_id,
    courseTitle: row.wantedTitle ?? row.sourceTitle ?? '',
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
  };
}

/** Every credential issued for the session's completions, newest first within each person. */
export async function listSessionCredentials(db: Db, sessionId: string): Promise<SessionCredential[]> {
  const rows = await db
    .selectFrom('credential as c')
    .innerJoin('completion_record as r', 'r.id', 'c.completion_record_id')
    .select([
      'c.id',
      'c.user_id',
      'c.recipient_name',
      'c.issued_at',
      'c.revoked_at',
      'c.revocation_reason',
      'c.superseded_by',
    ])
    .where('r.session_id', '=', sessionId)
    .orderBy('c.recipient_name')
    .orderBy('c.issued_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    userId: row.user_id,
    recipientName: row.recipient_name,
    issuedAt: row.issued_at,
    revokedAt: row.revoked_at,
    revocationReason: row.revocation_reason,
    supersededBy: row.superseded_by,
  }));
}
