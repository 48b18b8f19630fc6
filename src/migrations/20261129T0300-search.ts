import { sql, type Kysely } from 'kysely';
import { dialectOf, timestampType, type MigrationDialect } from './columns.js';

/**
 * The search index: documents, their facet values, and a full-text table per dialect keyed by the
 * document's integer `seq` — a contentless FTS5 table in SQLite, a tsvector column under a GIN
 * index in PostgreSQL. The application folds words itself (lower case, no diacritics) before they
 * reach either, so no text search configuration or extension is needed.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  await createDocumentTable(db, dialect);
  await db.schema
    .createTable('search_facet')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('doc_id', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('search_facet_pk', ['kind', 'doc_id', 'name', 'value'])
    .addForeignKeyConstraint(
      'search_facet_document_fk',
      ['kind', 'doc_id'],
      'search_document',
      ['kind', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  // Facet counts group by (name, value); facet filters look documents up by (name, value).
  await db.schema
    .createIndex('search_facet_name_value')
    .on('search_facet')
    .columns(['name', 'value', 'kind', 'doc_id'])
    .execute();
  await (dialect === 'sqlite' ? createFts5Table(db) : createTsvectorTable(db));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function createDocumentTable(db: Kysely<any>, dialect: MigrationDialect): Promise<void> {
  await db.schema
    .createTable('search_document')
    // `integer primary key` is SQLite's rowid itself, which VACUUM never renumbers: FTS5 rows point at it.
    .addColumn('seq', dialect === 'sqlite' ? 'integer' : 'bigint', (col) =>
      dialect === 'sqlite' ? col.primaryKey() : col.primaryKey().generatedAlwaysAsIdentity(),
    )
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('updated_at', timestampType(dialect), (col) => col.notNull())
    .addUniqueConstraint('search_document_kind_id', ['kind', 'id'])
    .execute();
  // The listing without text is ordered by the latest change.
  await db.schema
    .createIndex('search_document_updated')
    .on('search_document')
    .columns(['updated_at', 'seq'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function createFts5Table(db: Kysely<any>): Promise<void> {
  // Contentless: the text lives in search_document; contentless_delete lets a row be replaced.
  // prefix='2 3' keeps short prefix queries (typing "ra…") from scanning the whole vocabulary.
  await sql`create virtual table search_fts using fts5(
    title, body,
    content = '', contentless_delete = 1, prefix = '2 3',
    tokenize = 'unicode61 remove_diacritics 2'
  )`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function createTsvectorTable(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('search_fts')
    .addColumn('seq', 'bigint', (col) =>
      col.primaryKey().references('search_document.seq').onDelete('cascade'),
    )
    .addColumn('tsv', sql`tsvector`, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('search_fts_tsv').on('search_fts').using('gin').column('tsv').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_fts').execute();
  await db.schema.dropTable('search_facet').execute();
  await db.schema.dropTable('search_document').execute();
}
