import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../database.js';
import { timestamp, type DatabaseHandle } from '../db/database.js';
import { InvalidJobPayloadError, type JobDefinition } from './job-definition.js';
import type { JobScheduleTable } from './jobs.table.js';
import { enqueue } from './queue.js';

/** A job enqueued again and again, every `intervalSeconds`. One schedule per job name. */
export interface ScheduleDefinition<TSchema extends z.ZodType = z.ZodType> {
  readonly job: JobDefinition<TSchema>;
  readonly intervalSeconds: number;
  readonly payload: z.input<TSchema>;
}

export interface Interval {
  readonly seconds?: number;
  readonly minutes?: number;
  readonly hours?: number;
}

export function defineSchedule<TSchema extends z.ZodType>(options: {
  readonly job: JobDefinition<TSchema>;
  readonly every: Interval;
  readonly payload: z.input<TSchema>;
}): ScheduleDefinition<TSchema> {
  const { seconds = 0, minutes = 0, hours = 0 } = options.every;
  const intervalSeconds = seconds + minutes * 60 + hours * 3600;
  if (!Number.isInteger(intervalSeconds) || intervalSeconds < 1) {
    throw new Error(
      `Schedule of job "${options.job.name}": the interval must be a whole number of seconds, at least 1`,
    );
  }
  // A wrong payload would otherwise only show when the schedule first fires, in a worker's log.
  const parsed = options.job.schema.safeParse(options.payload);
  if (!parsed.success) throw new InvalidJobPayloadError(options.job.name, parsed.error);
  return { job: options.job, intervalSeconds, payload: options.payload };
}

/**
 * Makes sure every schedule has its row. A new schedule is due at once; an existing one keeps its
 * next run time (so restarts neither skip nor repeat a run) and takes the interval from the code.
 */
export async function syncSchedules(
  db: Kysely<Database>,
  schedules: readonly ScheduleDefinition[],
  now: Date,
): Promise<void> {
  for (const schedule of schedules) {
    await db
      .insertInto('job_schedule')
      .values({
        name: schedule.job.name,
        interval_seconds: schedule.intervalSeconds,
        next_run_at: timestamp(now),
        created_at: timestamp(now),
        updated_at: timestamp(now),
      })
      .onConflict((conflict) =>
        conflict
          .column('name')
          .doUpdateSet((eb) => ({ interval_seconds: eb.ref('excluded.interval_seconds') })),
      )
      .execute();
  }
}

/** Enqueues the job of every due schedule, once across all workers. Returns how many fired. */
export async function fireDueSchedules(
  handle: DatabaseHandle,
  schedules: readonly ScheduleDefinition[],
  now: Date,
): Promise<number> {
  if (schedules.length === 0) return 0;
  const byName = new Map(schedules.map((schedule) => [schedule.job.name, schedule]));
  const due = await handle.db
    .selectFrom('job_schedule')
    .selectAll()
    .where('name', 'in', [...byName.keys()])
    .where('next_run_at', '<=', timestamp(now))
    .execute();
  let fired = 0;
  for (const row of due) {
    const schedule = byName.get(row.name);
    if (schedule && (await fireSchedule(handle, schedule, row, now))) fired += 1;
  }
  return fired;
}

/**
 * Claims one run of a schedule by moving `next_run_at` on from the value this worker read — another
 * worker that read the same value then updates nothing — and enqueues the job.
 * PostgreSQL: both in one transaction. SQLite: two statements, claim first, because a transaction
 * would hold the write lock across awaits and stall any second connection in this process
 * (better-sqlite3 waits synchronously); a crash between them skips one run instead of doubling it.
 */
async function fireSchedule(
  handle: DatabaseHandle,
  schedule: ScheduleDefinition,
  row: Selectable<JobScheduleTable>,
  now: Date,
): Promise<boolean> {
  const fire = async (db: Kysely<Database>) => {
    const claimed = await db
      .updateTable('job_schedule')
      .set({
        next_run_at: timestamp(new Date(now.getTime() + schedule.intervalSeconds * 1000)),
        last_run_at: timestamp(now),
        updated_at: timestamp(now),
      })
      .where('name', '=', row.name)
      .where('next_run_at', '=', row.next_run_at)
      .executeTakeFirst();
    if (claimed.numUpdatedRows === 0n) return false;
    await enqueue(db, schedule.job, schedule.payload, { runAt: now });
    return true;
  };
  return handle.dialect === 'postgres' ? handle.db.transaction().execute(fire) : fire(handle.db);
}
