import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';

/** Codes of the five Training Living Lab topics, in their published order. */
export async function listLivingLabTopics(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('topic')
    .select('code')
    .where('is_living_lab', '=', 1)
    .orderBy('position')
    .execute();
  return rows.map((row) => row.code);
}
