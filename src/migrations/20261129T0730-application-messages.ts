import { sql, type Kysely } from 'kysely';
import { dialectOf, timestampType } from './columns.js';

/**
 * Mails about applications. Each change of status is mailed to the applicant once: the history row
 * remembers when (`notified_at`) and how many tries failed. Reminders before deadlines and sessions
 * are sent once per kind, session and person.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const ts = timestampType(dialectOf(db));
  await db.schema.alterTable('application_event').addColumn('notified_at', ts).execute();
  await db.schema
    .alterTable('application_event')
    .addColumn('notify_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Changes made before mails existed are not mailed now.
  await sql`update application_event set notified_at = at`.execute(db);
  await sql`create index application_event_unnotified_idx on application_event (at)
    where notified_at is null`.execute(db);

  await db.schema
    .createTable('application_reminder')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull().references('course_session.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('sent_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('application_reminder_pk', ['kind', 'session_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('application_reminder_user_idx')
    .on('application_reminder')
    .column('user_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('application_reminder').execute();
  await sql`drop index application_event_unnotified_idx`.execute(db);
  await db.schema.alterTable('application_event').dropColumn('notify_attempts').execute();
  await db.schema.alterTable('application_event').dropColumn('notified_at').execute();
}
