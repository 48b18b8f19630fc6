import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { instrumentFileSchema, type Instrument } from './instrument.js';
import { countInstruments, insertInstrumentsIfAbsent } from './legal.repo.js';

// Imported (not read from ../shared) so that the build ships the copy beside the compiled module.
import seedFile from './data/instruments.json' with { type: 'json' };

/** The instruments the product ships with (the repository's copy of the project's fact sheet). */
export function readSeedInstruments(): Instrument[] {
  return instrumentFileSchema.parse(seedFile).instruments;
}

/**
 * Loads the shipped instruments into an empty reference; does nothing once it holds any instrument, so
 * that staff corrections and deletions survive restarts. Reference data, not demo content: it runs on
 * every start (server, worker, tests), whatever the demo setting. Returns how many were added.
 */
export async function seedInstruments(db: Kysely<Database>): Promise<number> {
  if ((await countInstruments(db)) > 0) return 0;
  return insertInstrumentsIfAbsent(db, readSeedInstruments());
}
