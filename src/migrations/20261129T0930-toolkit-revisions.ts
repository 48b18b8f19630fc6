import type { Kysely } from 'kysely';
import { dialectOf, nowDefault, timestampType } from './columns.js';

/**
 * A contributor's pending edit of a published toolkit resource. The published content stays in
 * `toolkit_resource` (and in search, the API, OAI-PMH) until a reviewer approves the edit, which then
 * replaces it and becomes the next version. One pending edit per resource; JSON of the resource record.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const ts = timestampType(dialect);
  await db.schema
    .createTable('toolkit_resource_revision')
    .addColumn('resource_id', 'text', (c) =>
      c.primaryKey().references('toolkit_resource.id').onDelete('cascade'),
    )
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .execute();
  await db.schema
    .createIndex('toolkit_resource_revision_status_idx')
    .on('toolkit_resource_revision')
    .columns(['status', 'updated_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('toolkit_resource_revision').execute();
}
