import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';

export async function hasSecondFactor(db: Kysely<Database>, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('user_account')
    .select('second_factor_enabled_at')
    .where('id', '=', userId)
    .executeTakeFirst();
  return !!row?.second_factor_enabled_at;
}
