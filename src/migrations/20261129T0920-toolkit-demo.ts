import type { Kysely } from 'kysely';

/** Marks the toolkit resources of the demo content set, so that removing the demo takes them too. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('toolkit_resource')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('toolkit_resource').dropColumn('is_demo').execute();
}
