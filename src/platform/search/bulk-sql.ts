import { PostgresAdapter, sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../database.js';

/**
 * Many values as one bound parameter — a JSON array read with json_each on SQLite, a text[] on
 * PostgreSQL — so that a statement over a whole page of documents is short to compile and prepare,
 * and never nears a bound-parameter limit.
 */

/** Rows per statement: bounds the size of one parameter, not the number of parameters. */
export const BULK_CHUNK = 5_000;

const isPostgres = (db: Kysely<Database>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * `column` is one of these texts. On PostgreSQL `= any(array)`, which the planner always answers from
 * an index on the column: `in (select unnest(…))` became a hash join over every row of a table that
 * grew faster than its statistics (a first harvest), 18 ms to find nothing.
 */
export function isOneOf(
  db: Kysely<Database>,
  column: string,
  values: readonly string[],
): RawBuilder<SqlBool> {
  return isPostgres(db)
    ? sql<SqlBool>`${sql.ref(column)} = any(cast(${[...values]} as text[]))`
    : sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`;
}

/** Inserts rows of text columns into `table`; the rows are lists in the order of `columns`. */
export async function insertTextRows(
  db: Kysely<Database>,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): Promise<void> {
  const into = sql`${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})`;
  for (let start = 0; start < rows.length; start += BULK_CHUNK) {
    const chunk = rows.slice(start, start + BULK_CHUNK);
    if (isPostgres(db)) {
      const arrays = columns.map((_, index) => sql`cast(${chunk.map((row) => row[index])} as text[])`);
      await sql`insert into ${into} select * from unnest(${sql.join(arrays)})`.execute(db);
    } else {
      const fields = columns.map((_, index) => sql`j.value ->> ${sql.lit(index)}`);
      await sql`insert into ${into} select ${sql.join(fields)}
        from json_each(${JSON.stringify(chunk)}) j`.execute(db);
    }
  }
}
