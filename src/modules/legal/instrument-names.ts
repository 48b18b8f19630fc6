import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import type { Instrument } from './instrument.js';
import { listStoredInstruments } from './legal.repo.js';

/*
 * Imported by the catalogue and the toolkit directly (not through the module's index, which imports
 * them in turn), so that either can load first.
 */

/** How an instrument is named where it is cited: `European Arrest Warrant`, `2002/584/JHA`. */
export type InstrumentName = Pick<Instrument, 'celex' | 'shortTitle' | 'number'>;

/** The names of the reference's instruments by CELEX number. */
export async function instrumentNames(
  db: Kysely<Database> | Transaction<Database>,
): Promise<Map<string, InstrumentName>> {
  const stored = await listStoredInstruments(db);
  return new Map(
    stored.map(({ instrument: { celex, shortTitle, number } }) => [celex, { celex, shortTitle, number }]),
  );
}
