import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { seedInstruments } from './modules/legal/index.js';

/**
 * Reference data the product needs to work (not demo content), loaded right after the migrations by
 * every process that opens the database, and by the tests' databases. Each step is idempotent and only
 * fills what is empty, so staff corrections survive restarts. Returns what each step added.
 */
export async function seedReferenceData(db: Kysely<Database>): Promise<{ instruments: number }> {
  return { instruments: await seedInstruments(db) };
}
