import type { Kysely } from 'kysely';
import { dialectOf, nowDefault, timestampType } from './columns.js';

/**
 * The Super Toolkit: resources (toolkits, handbooks, practices…) contributed on the platform or
 * harvested from other networks' sources, their per-language text, codes, attachments, published
 * versions and reviews; harvest sources with their runs; and "also available from" links between
 * records of the same work. Deleted records stay as rows with `deleted_at` (OAI-PMH persistent deletes).
 * JSON values (mappings, failures, snapshots) are stored as text and parsed in the repositories.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const ts = timestampType(dialect);

  await db.schema
    .createTable('toolkit_source')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('network', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('set_spec', 'text')
    .addColumn('metadata_prefix', 'text', (c) => c.notNull().defaultTo('oai_dc'))
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('interval_hours', 'integer')
    .addColumn('is_enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('harvested_until', ts)
    .addColumn('next_harvest_at', ts)
    .addColumn('created_by_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .execute();

  await db.schema
    .createTable('toolkit_harvest_run')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.notNull().references('toolkit_source.id').onDelete('cascade'))
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('harvest_from', ts)
    .addColumn('resumption_token', 'text')
    .addColumn('pages_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('new_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deleted_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failures', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('started_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('heartbeat_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('finished_at', ts)
    .execute();
  await db.schema
    .createIndex('toolkit_harvest_run_source_idx')
    .on('toolkit_harvest_run')
    .columns(['source_id', 'started_at'])
    .execute();

  await db.schema
    .createTable('toolkit_resource')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.references('toolkit_source.id').onDelete('set null'))
    .addColumn('source_identifier', 'text')
    .addColumn('network', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('source_language', 'text', (c) => c.notNull())
    .addColumn('original_url', 'text')
    .addColumn('doi', 'text')
    .addColumn('organisation_id', 'text', (c) => c.references('organisation.id').onDelete('set null'))
    .addColumn('organisation_name', 'text')
    .addColumn('contact', 'text')
    .addColumn('published_on', 'text')
    .addColumn('licence', 'text')
    .addColumn('evidence', 'text')
    .addColumn('evaluation', 'text')
    .addColumn('transferability', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('work_key', 'text')
    .addColumn('content_hash', 'text')
    .addColumn('submitted_by_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('datestamp', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('deleted_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addUniqueConstraint('toolkit_resource_source_identity_uq', ['source_id', 'source_identifier'])
    .execute();
  await db.schema
    .createIndex('toolkit_resource_datestamp_idx')
    .on('toolkit_resource')
    .columns(['datestamp', 'id'])
    .execute();
  await db.schema
    .createIndex('toolkit_resource_status_idx')
    .on('toolkit_resource')
    .column('status')
    .execute();
  await db.schema.createIndex('toolkit_resource_doi_idx').on('toolkit_resource').column('doi').execute();
  await db.schema
    .createIndex('toolkit_resource_url_idx')
    .on('toolkit_resource')
    .column('original_url')
    .execute();
  await db.schema
    .createIndex('toolkit_resource_work_idx')
    .on('toolkit_resource')
    .column('work_key')
    .execute();

  await db.schema
    .createTable('toolkit_resource_translation')
    .addColumn('resource_id', 'text', (c) =>
      c.notNull().references('toolkit_resource.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('toolkit_resource_translation_pk', ['resource_id', 'language'])
    .execute();

  for (const [table, column] of [
    ['toolkit_resource_topic', 'topic_code'],
    ['toolkit_resource_profession', 'profession'],
    ['toolkit_resource_language', 'language'],
    ['toolkit_resource_country', 'country'],
    ['toolkit_resource_instrument', 'celex'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('resource_id', 'text', (c) =>
        c.notNull().references('toolkit_resource.id').onDelete('cascade'),
      )
      .addColumn(column, 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['resource_id', column])
      .execute();
    await db.schema.createIndex(`${table}_code_idx`).on(table).column(column).execute();
  }

  await db.schema
    .createTable('toolkit_attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resource_id', 'text', (c) =>
      c.notNull().references('toolkit_resource.id').onDelete('cascade'),
    )
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('extracted_text', 'text')
    .addColumn('uploaded_by_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .execute();
  await db.schema
    .createIndex('toolkit_attachment_resource_idx')
    .on('toolkit_attachment')
    .column('resource_id')
    .execute();

  await db.schema
    .createTable('toolkit_resource_version')
    .addColumn('resource_id', 'text', (c) =>
      c.notNull().references('toolkit_resource.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('published_by_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('published_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addPrimaryKeyConstraint('toolkit_resource_version_pk', ['resource_id', 'version'])
    .execute();

  await db.schema
    .createTable('toolkit_review')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resource_id', 'text', (c) =>
      c.notNull().references('toolkit_resource.id').onDelete('cascade'),
    )
    .addColumn('reviewer_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .execute();
  await db.schema
    .createIndex('toolkit_review_resource_idx')
    .on('toolkit_review')
    .column('resource_id')
    .execute();

  await db.schema
    .createTable('toolkit_resource_link')
    .addColumn('resource_id', 'text', (c) =>
      c.notNull().references('toolkit_resource.id').onDelete('cascade'),
    )
    .addColumn('other_resource_id', 'text', (c) =>
      c.notNull().references('toolkit_resource.id').onDelete('cascade'),
    )
    .addColumn('basis', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('toolkit_resource_link_pk', ['resource_id', 'other_resource_id'])
    .execute();
  await db.schema
    .createIndex('toolkit_resource_link_other_idx')
    .on('toolkit_resource_link')
    .column('other_resource_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'toolkit_resource_link',
    'toolkit_review',
    'toolkit_resource_version',
    'toolkit_attachment',
    'toolkit_resource_instrument',
    'toolkit_resource_country',
    'toolkit_resource_language',
    'toolkit_resource_profession',
    'toolkit_resource_topic',
    'toolkit_resource_translation',
    'toolkit_resource',
    'toolkit_harvest_run',
    'toolkit_source',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
