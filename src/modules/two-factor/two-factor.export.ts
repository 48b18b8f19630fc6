import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';

/**
 * What "download my data" shows of the second factor: dates and counts. The secret and the code hashes
 * are credentials, not information about the person, and are never exported.
 */
export async function exportSecondFactor(
  db: Kysely<Database> | Transaction<Database>,
  userId: string,
): Promise<{
  totp: { createdAt: string; confirmedAt: string | null } | null;
  recoveryCodes: { createdAt: string; usedAt: string | null }[];
}> {
  const [totp, recoveryCodes] = await Promise.all([
    db
      .selectFrom('totp_credential')
      .select(['created_at', 'confirmed_at'])
      .where('user_id', '=', userId)
      .executeTakeFirst(),
    db
      .selectFrom('recovery_code')
      .select(['created_at', 'used_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
  ]);
  return {
    totp: totp ? { createdAt: totp.created_at, confirmedAt: totp.confirmed_at } : null,
    recoveryCodes: recoveryCodes.map((row) => ({ createdAt: row.created_at, usedAt: row.used_at })),
  };
}
