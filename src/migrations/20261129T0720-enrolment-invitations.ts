import type { Kysely } from 'kysely';
import { dialectOf, nowDefault, timestampType } from './columns.js';

/**
 * Invitations of bulk enrolment: a provider enrolled an email address that has no account yet. The
 * person takes the place once they have an account with that (verified) address. Only the SHA-256 of
 * the emailed token is stored.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const ts = timestampType(dialect);

  await db.schema
    .createTable('enrolment_invitation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('course_session.id').onDelete('cascade'))
    // Lower case, as typed addresses are compared.
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('invited_by_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    // Null until the invitation job has mailed the link.
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('claimed_at', ts)
    .addColumn('claimed_by_user_id', 'text', (c) => c.references('user_account.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('enrolment_invitation_session_email_idx')
    .on('enrolment_invitation')
    .columns(['session_id', 'email'])
    .execute();
  await db.schema
    .createIndex('enrolment_invitation_email_idx')
    .on('enrolment_invitation')
    .column('email')
    .execute();
  await db.schema
    .createIndex('enrolment_invitation_invited_by_idx')
    .on('enrolment_invitation')
    .column('invited_by_user_id')
    .execute();
  await db.schema
    .createIndex('enrolment_invitation_claimed_by_idx')
    .on('enrolment_invitation')
    .column('claimed_by_user_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('enrolment_invitation').execute();
}
