import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';

const secretKey = 'app-secret';

/**
 * The configured SESSION_SECRET, else one generated at first start and kept in the database, so that
 * every process of a deployment signs cookies with the same key without anyone choosing a weak one.
 */
export async function loadAppSecret(db: Kysely<Database>, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db
    .insertInto('app_setting')
    .values({ key: secretKey, value: crypto.randomBytes(48).toString('base64url') })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_setting')
    .select('value')
    .where('key', '=', secretKey)
    .executeTakeFirstOrThrow();
  return row.value;
}
