import { sql, type Kysely } from 'kysely';
import { dialectOf, nowDefault, timestampType } from './columns.js';

/**
 * Applications to course sessions and their history, and the stored answers of API requests sent
 * with an `Idempotency-Key`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const ts = timestampType(dialect);

  await db.schema
    .createTable('application')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('course_session.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    // The applicant's country when they applied: the contact point of that country selects.
    .addColumn('country', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('motivation', 'text', (c) => c.notNull())
    .addColumn('profession', 'text')
    .addColumn('organisation', 'text')
    .addColumn('position', 'text')
    .addColumn('consent_share', 'integer', (c) => c.notNull())
    .addColumn('consent_share_at', ts, (c) => c.notNull())
    .addColumn('rank', 'integer')
    .addColumn('waitlist_position', 'integer')
    .addColumn('offer_expires_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .execute();
  // One active application per person and session; withdrawn and refused ones do not count.
  await sql`create unique index application_active_uq on application (session_id, user_id)
    where status not in ('withdrawn', 'rejected', 'not-nominated')`.execute(db);
  await db.schema.createIndex('application_user_idx').on('application').column('user_id').execute();
  await db.schema
    .createIndex('application_session_status_idx')
    .on('application')
    .columns(['session_id', 'status'])
    .execute();
  await db.schema.createIndex('application_offer_idx').on('application').column('offer_expires_at').execute();

  await db.schema
    .createTable('application_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('application.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    // Who decided, as the applicant is told: applicant, contact-point, provider or platform.
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('application_event_application_idx')
    .on('application_event')
    .column('application_id')
    .execute();
  await db.schema
    .createIndex('application_event_actor_idx')
    .on('application_event')
    .column('actor_user_id')
    .execute();

  await db.schema
    .createTable('idempotency_key')
    .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_line', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    // Null while the first request is still being answered.
    .addColumn('response_status', 'integer')
    .addColumn('response_type', 'text')
    .addColumn('response_body', 'text')
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addPrimaryKeyConstraint('idempotency_key_pk', ['user_id', 'key'])
    .execute();
  await db.schema
    .createIndex('idempotency_key_created_idx')
    .on('idempotency_key')
    .column('created_at')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['idempotency_key', 'application_event', 'application']) {
    await db.schema.dropTable(table).execute();
  }
}
