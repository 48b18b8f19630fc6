import type { Kysely } from 'kysely';
import { dialectOf, nowDefault, timestampType } from './columns.js';

/**
 * The legal instruments reference: one row per EU instrument, keyed by its CELEX number. The instrument
 * itself is a JSON document in a text column (the same on both databases): the application validates it
 * on every read and write, and staff edit it as a whole. `instrument_group` is stored so that lists can be
 * ordered and filtered without reading every document. Rows are seeded by the application at start-up
 * (from its copy of the instruments data), not here: migrations are frozen in time, the data is not.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const ts = timestampType(dialect);
  await db.schema
    .createTable('legal_instrument')
    .addColumn('celex', 'text', (c) => c.primaryKey())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('instrument_group', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    // Null for seeded rows, and after the editor's erasure.
    .addColumn('updated_by_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('legal_instrument_editor_idx')
    .on('legal_instrument')
    .column('updated_by_user_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('legal_instrument').execute();
}
