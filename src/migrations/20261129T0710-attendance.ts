import type { Kysely } from 'kysely';
import { dialectOf, nowDefault, timestampType } from './columns.js';

/**
 * The attendance register: a mark per participant and session day, the assessment result where the
 * course requires one, and the completion records the course's rule produces when the register closes.
 * Courses gain their completion rule; sessions the moment their register was closed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const ts = timestampType(dialect);

  // One column per statement: SQLite adds columns one at a time.
  await db.schema
    .alterTable('course')
    .addColumn('completion_min_attendance_percent', 'integer', (c) => c.notNull().defaultTo(80))
    .execute();
  // Booleans are integers 0/1 on both databases, as elsewhere in the schema.
  await db.schema
    .alterTable('course')
    .addColumn('assessment_required', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('course_session').addColumn('attendance_closed_at', ts).execute();

  await db.schema
    .createTable('attendance_mark')
    .addColumn('application_id', 'text', (c) => c.notNull().references('application.id').onDelete('cascade'))
    // The local date of the session day, `YYYY-MM-DD`.
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('present', 'integer', (c) => c.notNull())
    .addColumn('marked_by_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('marked_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addPrimaryKeyConstraint('attendance_mark_pk', ['application_id', 'day'])
    .execute();
  await db.schema
    .createIndex('attendance_mark_marker_idx')
    .on('attendance_mark')
    .column('marked_by_user_id')
    .execute();

  await db.schema
    .createTable('attendance_assessment')
    .addColumn('application_id', 'text', (c) =>
      c.primaryKey().references('application.id').onDelete('cascade'),
    )
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('recorded_by_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('recorded_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .execute();
  await db.schema
    .createIndex('attendance_assessment_recorder_idx')
    .on('attendance_assessment')
    .column('recorded_by_user_id')
    .execute();

  await db.schema
    .createTable('completion_record')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // A record outlives its person's erasure (counted for EU reporting): the application and the
    // account then go, and `pseudonym_id` keeps only profession, country and sex.
    .addColumn('application_id', 'text', (c) => c.unique().references('application.id').onDelete('set null'))
    .addColumn('user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .addColumn('pseudonym_id', 'text', (c) => c.references('person_pseudonym.id'))
    .addColumn('course_id', 'text', (c) => c.notNull().references('course.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.notNull().references('course_session.id').onDelete('cascade'))
    // The course's hours when the record was made: later edits of the course do not change it.
    .addColumn('hours', 'double precision', (c) => c.notNull())
    .addColumn('attended_days', 'integer', (c) => c.notNull())
    .addColumn('total_days', 'integer', (c) => c.notNull())
    // Null where no assessment was recorded (the course did not require one).
    .addColumn('assessment_passed', 'integer')
    .addColumn('completed_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('completion_record_user_idx')
    .on('completion_record')
    .column('user_id')
    .execute();
  await db.schema
    .createIndex('completion_record_session_idx')
    .on('completion_record')
    .column('session_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['completion_record', 'attendance_assessment', 'attendance_mark']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('course_session').dropColumn('attendance_closed_at').execute();
  await db.schema.alterTable('course').dropColumn('assessment_required').execute();
  await db.schema.alterTable('course').dropColumn('completion_min_attendance_percent').execute();
}
