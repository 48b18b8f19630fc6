import type { Kysely } from 'kysely';
import { dialectOf, nowDefault, timestampType } from './columns.js';

/**
 * The joint training catalogue: courses of every provider, their translations, topics, professions,
 * legal instruments, languages, credits, and their sessions with per-country quotas and trainers.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const ts = timestampType(dialect);

  await db.schema
    .createTable('course')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider_id', 'text', (c) => c.notNull().references('organisation.id').onDelete('restrict'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('external_id', 'text')
    .addColumn('source_language', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('hours', 'double precision', (c) => c.notNull())
    // Null amount: the course is free.
    .addColumn('fee_amount', 'double precision')
    .addColumn('fee_currency', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addUniqueConstraint('course_provider_external_uq', ['provider_id', 'external_id'])
    .execute();
  await db.schema.createIndex('course_provider_idx').on('course').column('provider_id').execute();
  await db.schema.createIndex('course_status_idx').on('course').column('status').execute();

  await db.schema
    .createTable('course_translation')
    .addColumn('course_id', 'text', (c) => c.notNull().references('course.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('learning_outcomes', 'text', (c) => c.notNull())
    .addColumn('prerequisites', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('course_translation_pk', ['course_id', 'language'])
    .execute();

  await codeTable(db, 'course_topic', 'topic_code', 'topic.code');
  await codeTable(db, 'course_profession', 'profession');
  await codeTable(db, 'course_instrument', 'celex');
  await codeTable(db, 'course_language', 'language');

  await db.schema
    .createTable('course_credit')
    .addColumn('course_id', 'text', (c) => c.notNull().references('course.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('system', 'text', (c) => c.notNull())
    .addColumn('amount', 'double precision', (c) => c.notNull())
    .addColumn('awarding_body', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('course_credit_pk', ['course_id', 'position'])
    .execute();

  await db.schema
    .createTable('course_session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('course_id', 'text', (c) => c.notNull().references('course.id').onDelete('cascade'))
    .addColumn('starts_at', ts, (c) => c.notNull())
    .addColumn('ends_at', ts, (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('venue', 'text')
    .addColumn('city', 'text')
    .addColumn('country', 'text')
    .addColumn('online_url', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer')
    .addColumn('application_deadline', ts)
    .addColumn('selection_deadline', ts)
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('planned'))
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .execute();
  await db.schema.createIndex('course_session_course_idx').on('course_session').column('course_id').execute();
  await db.schema.createIndex('course_session_start_idx').on('course_session').column('starts_at').execute();

  await db.schema
    .createTable('course_session_quota')
    .addColumn('session_id', 'text', (c) => c.notNull().references('course_session.id').onDelete('cascade'))
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('places', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('course_session_quota_pk', ['session_id', 'country'])
    .execute();

  await db.schema
    .createTable('course_session_trainer')
    .addColumn('session_id', 'text', (c) => c.notNull().references('course_session.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('course_session_trainer_pk', ['session_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('course_session_trainer_user_idx')
    .on('course_session_trainer')
    .column('user_id')
    .execute();
}

/** A many-to-many link from a course to a code, with an index to find the courses of a code. */
async function codeTable(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  table: string,
  column: string,
  references?: string,
): Promise<void> {
  await db.schema
    .createTable(table)
    .addColumn('course_id', 'text', (c) => c.notNull().references('course.id').onDelete('cascade'))
    .addColumn(column, 'text', (c) =>
      references ? c.notNull().references(references).onDelete('restrict') : c.notNull(),
    )
    .addPrimaryKeyConstraint(`${table}_pk`, ['course_id', column])
    .execute();
  await db.schema.createIndex(`${table}_code_idx`).on(table).column(column).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'course_session_trainer',
    'course_session_quota',
    'course_session',
    'course_credit',
    'course_language',
    'course_instrument',
    'course_profession',
    'course_topic',
    'course_translation',
    'course',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
