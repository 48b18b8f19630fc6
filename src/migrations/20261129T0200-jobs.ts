import { sql, type Kysely } from 'kysely';
import { dialectOf, nowDefault, timestampType } from './columns.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const ts = timestampType(dialect);

  // The payload is JSON text on both dialects: the database never looks inside it.
  await db.schema
    .createTable('job')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('run_at', ts, (c) => c.notNull())
    .addColumn('locked_at', ts)
    .addColumn('locked_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('key', 'text')
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('finished_at', ts)
    .addCheckConstraint(
      'job_status_check',
      sql`status in ('pending', 'running', 'succeeded', 'failed', 'dead')`,
    )
    .execute();
  // Serves claiming (pending, run_at <= now) and stale-lock recovery (running).
  await db.schema.createIndex('job_status_run_at_idx').on('job').columns(['status', 'run_at']).execute();
  // Idempotency: one not-yet-attempted pending job per key. Retries are left out so that a failed
  // job can always go back to pending, whatever was enqueued meanwhile.
  await db.schema
    .createIndex('job_pending_key_unique')
    .on('job')
    .column('key')
    .unique()
    .where(sql<boolean>`status = 'pending' and attempts = 0`)
    .execute();

  await db.schema
    .createTable('job_schedule')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('interval_seconds', 'integer', (c) => c.notNull())
    .addColumn('next_run_at', ts, (c) => c.notNull())
    .addColumn('last_run_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .addColumn('updated_at', ts, (c) => c.notNull().defaultTo(nowDefault(dialect)))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('job_schedule').execute();
  await db.schema.dropTable('job').execute();
}
