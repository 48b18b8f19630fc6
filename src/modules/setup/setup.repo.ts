import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';

type Executor = Kysely<Database> | Transaction<Database>;

export async function insertSetupToken(db: Executor, tokenHash: string, expiresAt: string): Promise<void> {
  await db
    .insertInto('setup_token')
    .values({ token_hash: tokenHash, purpose: 'first-admin', expires_at: expiresAt, used_at: null })
    .execute();
}

/** The token if it exists, is unused and has not expired at `now`. */
export async function findUsableSetupToken(
  db: Executor,
  tokenHash: string,
  now: string,
): Promise<{ tokenHash: string } | undefined> {
  const row = await db
    .selectFrom('setup_token')
    .select('token_hash')
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row ? { tokenHash: row.token_hash } : undefined;
}

/** Marks the token used; false when another request used it first. */
export async function useSetupToken(db: Executor, tokenHash: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('setup_token')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteExpiredSetupTokens(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('setup_token').where('expires_at', '<=', now).execute();
}
