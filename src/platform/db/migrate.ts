import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { migrations } from '../../migrations/index.js';
import type { Database } from '../../database.js';

/**
 * `schema` names the PostgreSQL schema holding the migration tables: Kysely looks for them across every
 * schema otherwise, and would find another schema's (tests run one schema per file, in parallel).
 */
function migratorFor(db: Kysely<Database>, schema: string | undefined): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

export class MigrationError extends Error {
  constructor(
    cause: unknown,
    readonly results: MigrationResultSet['results'],
  ) {
    super(`Migration failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'MigrationError';
  }
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) throw new MigrationError(result.error, result.results);
  return (result.results ?? []).map((step) => `${step.direction.toLowerCase()} ${step.migrationName}`);
}

/** Applies every pending migration; returns the names applied. */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<string[]> {
  return unwrap(await migratorFor(db, schema).migrateToLatest());
}

/** Reverts the most recent migration; returns the names reverted. */
export async function migrateDown(db: Kysely<Database>, schema?: string): Promise<string[]> {
  return unwrap(await migratorFor(db, schema).migrateDown());
}
