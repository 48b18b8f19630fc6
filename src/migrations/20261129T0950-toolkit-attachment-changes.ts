import type { Kysely } from 'kysely';
import { dialectOf, nowDefault, timestampType } from './columns.js';

/**
 * Files added to or removed from a published toolkit resource by a pending edit. An added file waits
 * here (not in `toolkit_attachment`, so it is neither listed, served nor searched publicly) and a
 * removed one stays public, until a reviewer approves the edit. `id` is the attachment's id: the one
 * an added file will keep, or the one a removal concerns.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  await db.schema
    .createTable('toolkit_attachment_change')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resource_id', 'text', (c) =>
      c.notNull().references('toolkit_resource.id').onDelete('cascade'),
    )
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('media_type', 'text')
    .addColumn('byte_size', 'integer')
    .addColumn('sha256', 'text')
    .addColumn('storage_key', 'text')
    .addColumn('extracted_text', 'text')
    .addColumn('created_at', timestampType(dialect), (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .execute();
  await db.schema
    .createIndex('toolkit_attachment_change_resource_idx')
    .on('toolkit_attachment_change')
    .column('resource_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('toolkit_attachment_change').execute();
}
