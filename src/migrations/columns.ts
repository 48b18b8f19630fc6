import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * Column helpers shared by migrations, so that every table stores the same kind of value the same way
 * on both dialects. Migrations stay frozen in time: they import nothing from the application.
 */

export type MigrationDialect = 'sqlite' | 'postgres';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dialectOf(db: Kysely<any>): MigrationDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** ISO-8601 text in SQLite, timestamptz in PostgreSQL. */
export function timestampType(dialect: MigrationDialect): 'text' | 'timestamptz' {
  return dialect === 'sqlite' ? 'text' : 'timestamptz';
}

/** The current time as a column default, in the column's representation. */
export function nowDefault(dialect: MigrationDialect): RawBuilder<unknown> {
  return dialect === 'sqlite' ? sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` : sql`now()`;
}

/** JSON documents: text in SQLite, jsonb in PostgreSQL. */
export function jsonType(dialect: MigrationDialect): 'text' | 'jsonb' {
  return dialect === 'sqlite' ? 'text' : 'jsonb';
}
