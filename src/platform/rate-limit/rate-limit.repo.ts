import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';

export async function deleteExpiredRateLimitCounters(db: Kysely<Database>, now: string): Promise<void> {
  await db.deleteFrom('rate_limit_counter').where('window_ends_at', '<=', now).execute();
}
