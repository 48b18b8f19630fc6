import type { Kysely } from 'kysely';
import { dialectOf } from './columns.js';

/**
 * What each process's in-memory view of the search index needs to stay current:
 * - `search_generation`: one row counting index writes. A write takes the next value and stamps it on
 *   what it changed; writers are serialised, so values commit in order.
 * - `search_document.version`: the generation of the document's last write.
 * - `search_removal`: documents removed, by generation, kept a while for processes catching up;
 *   `pruned_through` tells a process that fell further behind to reload everything.
 * - `search_number`: numeric values of a document (days, amounts) for range filters and sorting.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const bigint = dialectOf(db) === 'sqlite' ? 'integer' : 'bigint';
  await db.schema
    .createTable('search_generation')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('value', bigint, (col) => col.notNull())
    .addColumn('pruned_through', bigint, (col) => col.notNull())
    .execute();
  await db.insertInto('search_generation').values({ id: 1, value: 1, pruned_through: 0 }).execute();
  // Documents indexed before this migration count as generation 1.
  await db.schema
    .alterTable('search_document')
    .addColumn('version', bigint, (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('search_document_version').on('search_document').column('version').execute();
  await db.schema
    .createTable('search_removal')
    .addColumn('version', bigint, (col) => col.notNull())
    .addColumn('seq', bigint, (col) => col.notNull())
    .addPrimaryKeyConstraint('search_removal_pk', ['version', 'seq'])
    .execute();
  await db.schema
    .createTable('search_number')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('doc_id', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('value', bigint, (col) => col.notNull())
    .addPrimaryKeyConstraint('search_number_pk', ['kind', 'doc_id', 'name', 'value'])
    .addForeignKeyConstraint(
      'search_number_document_fk',
      ['kind', 'doc_id'],
      'search_document',
      ['kind', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_number').execute();
  await db.schema.dropTable('search_removal').execute();
  await db.schema.dropIndex('search_document_version').execute();
  await db.schema.alterTable('search_document').dropColumn('version').execute();
  await db.schema.dropTable('search_generation').execute();
}
