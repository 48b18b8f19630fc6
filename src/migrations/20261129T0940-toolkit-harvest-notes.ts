import type { Kysely } from 'kysely';

/**
 * Notes of a harvest run that are not failures: a record whose characters illegal in XML 1.0 were
 * removed before parsing, a list restarted after an expired resumption token. JSON array of
 * `{ identifier, note }`, as text.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('toolkit_harvest_run').addColumn('notes', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('toolkit_harvest_run').dropColumn('notes').execute();
}
