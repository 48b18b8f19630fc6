import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { TotpCredentialTable } from './two-factor.table.js';

type Executor = Kysely<Database> | Transaction<Database>;
export type TotpCredentialRow = Selectable<TotpCredentialTable>;

/** Whether the user has a second factor and must give it after their password. */
export async function hasSecondFactor(db: Executor, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('user_account')
    .select('second_factor_enabled_at')
    .where('id', '=', userId)
    .executeTakeFirst();
  return !!row?.second_factor_enabled_at;
}

export function findTotpCredential(db: Executor, userId: string): Promise<TotpCredentialRow | undefined> {
  return db.selectFrom('totp_credential').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Starts (or starts again) an enrolment: any earlier pending secret is replaced. */
export async function upsertPendingCredential(
  db: Executor,
  credential: { userId: string; secretCiphertext: string; now: string },
): Promise<void> {
  await db
    .insertInto('totp_credential')
    .values({
      user_id: credential.userId,
      secret_ciphertext: credential.secretCiphertext,
      last_time_step: null,
      created_at: credential.now,
      confirmed_at: null,
    })
    .onConflict((conflict) =>
      conflict.column('user_id').doUpdateSet({
        secret_ciphertext: credential.secretCiphertext,
        last_time_step: null,
        created_at: credential.now,
        confirmed_at: null,
      }),
    )
    .execute();
}

/**
 * Records `timeStep` as the last accepted one, only if it is later than the recorded one: of two
 * requests racing with the same code, exactly one wins. Returns whether this one did.
 */
export async function acceptTimeStep(db: Executor, userId: string, timeStep: number): Promise<boolean> {
  const result = await db
    .updateTable('totp_credential')
    .set({ last_time_step: timeStep })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_time_step', 'is', null), eb('last_time_step', '<', timeStep)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function confirmCredential(db: Executor, userId: string, now: string): Promise<void> {
  await db.updateTable('totp_credential').set({ confirmed_at: now }).where('user_id', '=', userId).execute();
}

/** Sets or clears the flag that login and policies read. */
export async function setSecondFactorEnabledAt(
  db: Executor,
  userId: string,
  enabledAt: string | null,
): Promise<void> {
  await db
    .updateTable('user_account')
    .set({ second_factor_enabled_at: enabledAt, updated_at: new Date().toISOString() })
    .where('id', '=', userId)
    .execute();
}

export async function findPasswordHash(db: Executor, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('user_account')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.password_hash;
}

/** Replaces every recovery code of the user with new ones (hashes). */
export async function replaceRecoveryCodes(
  db: Executor,
  userId: string,
  codeHashes: readonly string[],
  now: string,
): Promise<void> {
  await db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_code')
    .values(
      codeHashes.map((codeHash) => ({
        user_id: userId,
        code_hash: codeHash,
        created_at: now,
        used_at: null,
      })),
    )
    .execute();
}

/** Spends an unused recovery code; of two requests racing with the same code, exactly one wins. */
export async function useRecoveryCode(
  db: Executor,
  userId: string,
  codeHash: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('recovery_code')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countRecoveryCodes(
  db: Executor,
  userId: string,
): Promise<{ total: number; unused: number }> {
  const rows = await db.selectFrom('recovery_code').select('used_at').where('user_id', '=', userId).execute();
  return { total: rows.length, unused: rows.filter((row) => row.used_at === null).length };
}

/** Removes the user's TOTP credential and recovery codes (for disabling, and for erasure). */
export async function deleteSecondFactor(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
  await db.deleteFrom('totp_credential').where('user_id', '=', userId).execute();
}
