import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database.js';
import { groupOf } from './instrument-groups.js';
import { instrumentSchema, type Instrument } from './instrument.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** An instrument with who changed it last and when; the admin area shows both. */
export interface StoredInstrument {
  readonly instrument: Instrument;
  readonly updatedAt: string;
  readonly updatedByUserId: string | null;
}

/** The stored JSON, validated: a document that no longer matches the schema is a bug, not a visitor's error. */
function parseDocument(celex: string, document: string): Instrument {
  const parsed = instrumentSchema.safeParse(JSON.parse(document));
  if (!parsed.success) throw new Error(`Stored instrument ${celex} does not match the instrument schema`);
  return parsed.data;
}

const timestamp = (value: string | Date) => (value instanceof Date ? value.toISOString() : value);

/** The reference's order: by date of adoption, then CELEX number. */
function byAdoption(a: Instrument, b: Instrument): number {
  return a.adopted.localeCompare(b.adopted) || a.celex.localeCompare(b.celex);
}

export async function listStoredInstruments(db: Executor): Promise<StoredInstrument[]> {
  const rows = await db
    .selectFrom('legal_instrument')
    .select(['celex', 'document', 'updated_at', 'updated_by_user_id'])
    .execute();
  return rows
    .map((row) => ({
      instrument: parseDocument(row.celex, row.document),
      updatedAt: timestamp(row.updated_at),
      updatedByUserId: row.updated_by_user_id,
    }))
    .sort((a, b) => byAdoption(a.instrument, b.instrument));
}

export async function findStoredInstrument(
  db: Executor,
  celex: string,
): Promise<StoredInstrument | undefined> {
  const row = await db
    .selectFrom('legal_instrument')
    .select(['celex', 'document', 'updated_at', 'updated_by_user_id'])
    .where('celex', '=', celex)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    instrument: parseDocument(row.celex, row.document),
    updatedAt: timestamp(row.updated_at),
    updatedByUserId: row.updated_by_user_id,
  };
}

export async function countInstruments(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('legal_instrument')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Adds instruments, leaving any CELEX number already stored as it is: two processes starting at once
 * may both seed, and a staff correction must never be overwritten by the seed. Returns how many were added.
 */
export async function insertInstrumentsIfAbsent(
  db: Executor,
  instruments: readonly Instrument[],
  updatedByUserId: string | null = null,
): Promise<number> {
  if (instruments.length === 0) return 0;
  const result = await db
    .insertInto('legal_instrument')
    .values(
      instruments.map((instrument) => {
        const valid = instrumentSchema.parse(instrument);
        return {
          celex: valid.celex,
          document: JSON.stringify(valid),
          instrument_group: groupOf(valid),
          updated_by_user_id: updatedByUserId,
        };
      }),
    )
    .onConflict((conflict) => conflict.column('celex').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** Replaces a stored instrument's document; false when no instrument has that CELEX number. */
export async function updateInstrument(
  db: Executor,
  instrument: Instrument,
  updatedByUserId: string,
): Promise<boolean> {
  const valid = instrumentSchema.parse(instrument);
  const result = await db
    .updateTable('legal_instrument')
    .set({
      document: JSON.stringify(valid),
      instrument_group: groupOf(valid),
      updated_at: new Date().toISOString(),
      updated_by_user_id: updatedByUserId,
    })
    .where('celex', '=', valid.celex)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
