import type { Kysely } from 'kysely';

/**
 * Facet filters and counts are answered from each process's in-memory view (index-memory.ts), which
 * reads facets by document through the primary key: the (name, value) index of `search_facet` is no
 * longer read, and maintaining it was a third of the cost of writing a document's facets.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('search_facet_name_value').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('search_facet_name_value')
    .on('search_facet')
    .columns(['name', 'value', 'kind', 'doc_id'])
    .execute();
}
