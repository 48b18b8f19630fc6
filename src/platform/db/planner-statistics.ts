import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../../database.js';

/**
 * Brings PostgreSQL's statistics of these tables up to date, as after any bulk load: a table that grew
 * from a few rows to thousands within a minute, before autovacuum looked at it, still reads as small
 * to the planner, which then scans it whole where an index would answer (a first harvest of a large
 * source slowed down page after page). SQLite's planner prefers indexes without statistics: nothing to do.
 */
export async function refreshPlannerStatistics(
  db: Kysely<Database>,
  tables: readonly (keyof Database)[],
): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter) || tables.length === 0) return;
  await sql`analyze ${sql.join(tables.map((table) => sql.table(table)))}`.execute(db);
}
