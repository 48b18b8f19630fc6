import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../../database.js';

/** One advisory lock for every write that must commit in the order it was numbered. */
const SERIAL_WRITES_LOCK = 727001;

/**
 * Makes the caller's transaction the only one, until it ends, among those that number their writes
 * (the audit chain, search generations). SQLite has a single writer already; PostgreSQL takes a
 * transaction-level advisory lock, re-entrant within the transaction. One lock for all such writes,
 * so that two of them can never wait on each other in opposite orders.
 */
export async function serialiseWrites(trx: Kysely<Database>): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(${sql.lit(SERIAL_WRITES_LOCK)})`.execute(trx);
  }
}
