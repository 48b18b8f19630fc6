import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../database.js';
import type { DatabaseHandle } from '../db/database.js';
import type { JobTable } from './jobs.table.js';

/** All SQL on the `job` table. Timestamps are ISO strings (see `timestamp()` in platform/db). */

export type JobRow = Selectable<JobTable>;

/**
 * Inserts a job and returns its id. With a key, a second insert while the first job is still waiting
 * inserts nothing and returns the waiting job's id; the conflict target repeats the partial unique
 * index's predicate literally, as both dialects require to pick that index.
 */
export async function insertJob(db: Kysely<Database>, values: Insertable<JobTable>): Promise<string> {
  const inserted = await db
    .insertInto('job')
    .values(values)
    .onConflict((conflict) =>
      conflict
        .column('key')
        .where(sql<boolean>`status = 'pending' and attempts = 0`)
        .doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  if (inserted) return inserted.id;
  const existing = await db
    .selectFrom('job')
    .select('id')
    .where('key', '=', values.key ?? null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return existing.id;
}

export interface ClaimOptions {
  readonly workerId: string;
  /** Only jobs this worker has handlers for, so an older worker never fails a newer kind of job. */
  readonly names: readonly string[];
  readonly now: string;
  readonly limit: number;
}

/**
 * Claims up to `limit` due jobs for one worker: marks them running, locked by it, one attempt more.
 * PostgreSQL: SELECT … FOR UPDATE SKIP LOCKED in a transaction, so concurrent workers pass over each
 * other's rows instead of waiting or taking them twice. SQLite serialises writers, so one UPDATE with
 * a sub-select is atomic; a transaction there would hold the write lock across awaits instead.
 */
export async function claimDueJobs(handle: DatabaseHandle, options: ClaimOptions): Promise<JobRow[]> {
  if (options.names.length === 0 || options.limit < 1) return [];
  const due = (db: Kysely<Database>) =>
    db
      .selectFrom('job')
      .select('id')
      .where('status', '=', 'pending')
      .where('run_at', '<=', options.now)
      .where('name', 'in', options.names)
      .orderBy('run_at')
      .orderBy('id')
      .limit(options.limit);
  const claim = (db: Kysely<Database>) =>
    db.updateTable('job').set((eb) => ({
      status: 'running',
      attempts: eb('attempts', '+', 1),
      locked_at: options.now,
      locked_by: options.workerId,
      updated_at: options.now,
    }));

  if (handle.dialect === 'postgres') {
    return handle.db.transaction().execute(async (trx) => {
      const rows = await due(trx).forUpdate().skipLocked().execute();
      if (rows.length === 0) return [];
      const ids = rows.map((row) => row.id);
      return claim(trx).where('id', 'in', ids).returningAll().execute();
    });
  }
  return claim(handle.db).where('id', 'in', due(handle.db)).returningAll().execute();
}

interface LockedJob {
  readonly id: string;
  readonly workerId: string;
}

/**
 * Records the outcome of a claimed job. Only the worker holding the lock may do so: if the lock
 * expired and another worker took the job over, the late outcome is dropped (returns false).
 * `locked_by` stays, naming the worker that ran the job last.
 */
export async function finishJob(
  db: Kysely<Database>,
  job: LockedJob,
  changes: Updateable<JobTable> & { updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({ locked_at: null, ...changes })
    .where('id', '=', job.id)
    .where('locked_by', '=', job.workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Keeps the locks of the jobs a live worker is running fresh, so they are not taken for a crashed
 * worker's. By id: a restarted worker with the same id must not keep its predecessor's jobs locked.
 */
export async function refreshJobLocks(
  db: Kysely<Database>,
  workerId: string,
  ids: readonly string[],
  now: string,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('job')
    .set({ locked_at: now })
    .where('id', 'in', ids)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .execute();
}

export interface StaleLockOptions {
  readonly lockedBefore: string;
  readonly now: string;
  readonly error: string;
}

/**
 * Gives jobs of crashed workers back to the queue: running jobs whose lock is older than the timeout
 * become pending again, or dead when that attempt was their last. Returns how many were recovered.
 */
export async function recoverStaleJobs(db: Kysely<Database>, options: StaleLockOptions): Promise<number> {
  const stale = (status: 'pending' | 'dead') =>
    db
      .updateTable('job')
      .set({
        status,
        locked_at: null,
        last_error: options.error,
        updated_at: options.now,
        ...(status === 'dead' ? { finished_at: options.now } : { run_at: options.now }),
      })
      .where('status', '=', 'running')
      .where('locked_at', '<', options.lockedBefore);
  const dead = await stale('dead').whereRef('attempts', '>=', 'max_attempts').executeTakeFirst();
  const retried = await stale('pending').whereRef('attempts', '<', 'max_attempts').executeTakeFirst();
  return Number(dead.numUpdatedRows + retried.numUpdatedRows);
}
