import type { Kysely } from 'kysely';
import { dialectOf, nowDefault, timestampType } from './columns.js';

/**
 * The Knowledge Partnership: logos of partner organisations, and the multi-agency national contact
 * points (public institutional contact data, not personal data) with their translated descriptions.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const ts = timestampType(dialect);

  // `<sha256>.<ext>` under <DATA_DIR>/uploads/logos/: the name is the content hash, so URLs cache forever.
  await db.schema.alterTable('organisation').addColumn('logo_file', 'text').execute();
  await db.schema.alterTable('organisation').addColumn('logo_content_type', 'text').execute();
  await db.schema.createIndex('organisation_type_idx').on('organisation').column('type').execute();
  await db.schema.createIndex('organisation_country_idx').on('organisation').column('country').execute();

  await db.schema
    .createTable('national_contact_point')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.references('organisation.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('website', 'text')
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .execute();
  await db.schema
    .createIndex('national_contact_point_country_idx')
    .on('national_contact_point')
    .column('country')
    .execute();

  await db.schema
    .createTable('national_contact_point_translation')
    .addColumn('contact_point_id', 'text', (c) =>
      c.notNull().references('national_contact_point.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('national_contact_point_translation_pk', ['contact_point_id', 'language'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('national_contact_point_translation').execute();
  await db.schema.dropTable('national_contact_point').execute();
  await db.schema.dropIndex('organisation_country_idx').execute();
  await db.schema.dropIndex('organisation_type_idx').execute();
  await db.schema.alterTable('organisation').dropColumn('logo_content_type').execute();
  await db.schema.alterTable('organisation').dropColumn('logo_file').execute();
}
