import { sql, type Kysely } from 'kysely';
import { dialectOf, nowDefault, timestampType } from './columns.js';

/**
 * Recognition of a course's credits by an academic body. Organisations gain `awards_credits`: besides
 * universities, bodies an administrator marks as awarding credits (the European Law Institute). Each
 * recognition names a credit system, an amount, its conditions and a validity; it is withdrawn, never
 * deleted, so that credentials issued under it keep their history.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const ts = timestampType(dialect);

  // Booleans are integers 0/1 on both databases, as elsewhere in the schema.
  await db.schema
    .alterTable('organisation')
    .addColumn('awards_credits', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.updateTable('organisation').set({ awards_credits: 1 }).where('type', '=', 'university').execute();

  await db.schema
    .createTable('course_recognition')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('course_id', 'text', (c) => c.notNull().references('course.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('credit_system', 'text', (c) => c.notNull())
    .addColumn('amount', 'double precision', (c) => c.notNull())
    .addColumn('conditions', 'text', (c) => c.notNull())
    // Local dates, `YYYY-MM-DD`, on both databases; `valid_until` is the last valid day, null: open-ended.
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text')
    .addColumn('recorded_by_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('withdrawn_at', ts)
    .addCheckConstraint('course_recognition_amount_check', sql`amount > 0`)
    .addCheckConstraint('course_recognition_system_check', sql`credit_system in ('ECTS', 'UFC', 'CPD')`)
    .execute();
  await db.schema
    .createIndex('course_recognition_course_idx')
    .on('course_recognition')
    .column('course_id')
    .execute();
  await db.schema
    .createIndex('course_recognition_organisation_idx')
    .on('course_recognition')
    .column('organisation_id')
    .execute();
  await db.schema
    .createIndex('course_recognition_recorder_idx')
    .on('course_recognition')
    .column('recorded_by_user_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('course_recognition').execute();
  await db.schema.alterTable('organisation').dropColumn('awards_credits').execute();
}
