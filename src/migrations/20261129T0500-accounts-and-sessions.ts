import type { Kysely } from 'kysely';
import { dialectOf, nowDefault, timestampType } from './columns.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const ts = timestampType(dialect);

  const newUserColumns: [string, 'text' | 'integer' | typeof ts, boolean][] = [
    ['profession', 'text', false],
    ['country', 'text', false],
    ['organisation_id', 'text', false],
    ['preferred_languages', 'text', false],
    ['sex', 'text', false],
    ['email_verified_at', ts, false],
    ['last_seen_at', ts, false],
    ['inactivity_warned_at', ts, false],
    ['failed_sign_ins', 'integer', true],
    ['locked_until', ts, false],
    ['second_factor_enabled_at', ts, false],
  ];
  for (const [name, type, hasZeroDefault] of newUserColumns) {
    await db.schema
      .alterTable('user_account')
      .addColumn(name, type, (column) => (hasZeroDefault ? column.notNull().defaultTo(0) : column))
      .execute();
  }

  await db.schema
    .createTable('user_session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('last_seen_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('user_session_user_idx').on('user_session').column('user_id').execute();

  await db.schema
    .createTable('user_token')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('new_email', 'text')
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('used_at', ts)
    .execute();
  await db.schema.createIndex('user_token_user_idx').on('user_token').column('user_id').execute();

  await db.schema
    .createTable('audit_entry')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('subject_user_id', 'text')
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('previous_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_entry_subject_idx')
    .on('audit_entry')
    .column('subject_user_id')
    .execute();
  await db.schema.createIndex('audit_entry_action_idx').on('audit_entry').columns(['action', 'at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_entry').execute();
  await db.schema.dropTable('user_token').execute();
  await db.schema.dropTable('user_session').execute();
  for (const name of [
    'second_factor_enabled_at',
    'locked_until',
    'failed_sign_ins',
    'inactivity_warned_at',
    'last_seen_at',
    'email_verified_at',
    'sex',
    'preferred_languages',
    'organisation_id',
    'country',
    'profession',
  ]) {
    await db.schema.alterTable('user_account').dropColumn(name).execute();
  }
}
