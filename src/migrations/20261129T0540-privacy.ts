import type { Kysely } from 'kysely';
import { dialectOf, timestampType } from './columns.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const ts = timestampType(dialectOf(db));

  await db.schema
    .createTable('consent')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('policy_version', 'text', (c) => c.notNull())
    .addColumn('given_at', ts, (c) => c.notNull())
    .addColumn('withdrawn_at', ts)
    .execute();
  await db.schema.createIndex('consent_user_idx').on('consent').columns(['user_id', 'kind']).execute();

  // No timestamp on purpose: a pseudonym must not be matchable to the erasure that made it.
  await db.schema
    .createTable('person_pseudonym')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('profession', 'text')
    .addColumn('country', 'text')
    .addColumn('sex', 'text')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('person_pseudonym').execute();
  await db.schema.dropTable('consent').execute();
}
