import os from 'node:os';
import type { Logger } from 'pino';
import { uuidv7 } from 'uuidv7';
import { timestamp, type DatabaseHandle } from '../db/database.js';
import { createJobRegistry, type JobDefinition } from './job-definition.js';
import { claimDueJobs, recoverStaleJobs, refreshJobLocks, type JobRow } from './jobs.repo.js';
import { defaultRetryBackoff, type RetryBackoff } from './retry.js';
import { runClaimedJob, type RunJobDeps } from './run-job.js';
import { fireDueSchedules, syncSchedules, type ScheduleDefinition } from './schedule.js';

export interface WorkerOptions {
  readonly handle: DatabaseHandle;
  readonly jobs: readonly JobDefinition[];
  readonly schedules?: readonly ScheduleDefinition[];
  readonly logger: Logger;
  /** Most handlers running at once in this worker; 4 unless told. */
  readonly concurrency?: number;
  /** Pause between looks for due jobs when the queue is empty; 1 s unless told. */
  readonly pollIntervalMs?: number;
  /** Unique per worker process; host, pid and a random suffix unless told. */
  readonly workerId?: string;
  /** A running job whose lock is older than this belongs to a crashed worker; 5 min unless told. */
  readonly lockTimeoutMs?: number;
  /** How often to fire schedules, refresh this worker's locks and recover stale ones; 10 s unless told. */
  readonly maintenanceIntervalMs?: number;
  /** Grace period of `stop()` for running handlers; 30 s unless told. */
  readonly stopTimeoutMs?: number;
  readonly backoff?: RetryBackoff;
  /** Tests move time forward through these; production uses the real ones. */
  readonly clock?: () => Date;
  readonly random?: () => number;
}

export interface Worker {
  readonly id: string;
  /** Starts polling in the background. */
  start(): void;
  /** Stops claiming, then waits for running handlers up to the grace period; unfinished ones are aborted. */
  stop(options?: { timeoutMs?: number }): Promise<{ unfinished: number }>;
  /** Maintenance, then runs due jobs until none is left, within the concurrency bound. Returns how many ran. */
  runDueJobsOnce(): Promise<number>;
}

export function createWorker(options: WorkerOptions): Worker {
  const settings = settingsOf(options);
  const { handle, logger, workerId } = settings;
  const names = options.jobs.map((job) => job.name);
  const abort = new AbortController();
  /** Handlers in flight, by job id. */
  const running = new Map<string, Promise<void>>();
  const deps: RunJobDeps = {
    ...settings,
    db: handle.db,
    registry: createJobRegistry(options.jobs),
    signal: abort.signal,
  };
  let isStopping = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let isWakePending = false;
  let lastMaintenance = Number.NEGATIVE_INFINITY;
  let areSchedulesSynced = false;

  function launch(row: JobRow): void {
    const execution = runClaimedJob(deps, row)
      .then(() => undefined)
      .catch((error: unknown) =>
        logger.error({ err: error, jobId: row.id }, 'could not record the job outcome'),
      )
      .finally(() => {
        running.delete(row.id);
        wakeUp();
      });
    running.set(row.id, execution);
  }

  async function fillSlots(): Promise<number> {
    let launched = 0;
    while (!isStopping && running.size < settings.concurrency) {
      const rows = await claimDueJobs(handle, {
        workerId,
        names,
        now: timestamp(settings.clock()),
        limit: settings.concurrency - running.size,
      });
      rows.forEach(launch);
      launched += rows.length;
      if (rows.length === 0) break;
    }
    return launched;
  }

  async function maintain(): Promise<void> {
    const now = settings.clock();
    lastMaintenance = now.getTime();
    if (running.size > 0) await refreshJobLocks(handle.db, workerId, [...running.keys()], timestamp(now));
    const recovered = await recoverStaleJobs(handle.db, {
      lockedBefore: timestamp(new Date(now.getTime() - settings.lockTimeoutMs)),
      now: timestamp(now),
      error: 'Lock expired: the worker running the job stopped or stalled',
    });
    if (recovered > 0) logger.warn({ recovered }, 'recovered jobs of a stopped worker');
    if (!areSchedulesSynced) await syncSchedules(handle.db, settings.schedules, now);
    areSchedulesSynced = true;
    const fired = await fireDueSchedules(handle, settings.schedules, now);
    if (fired > 0) logger.debug({ fired }, 'enqueued scheduled jobs');
  }

  async function poll(): Promise<void> {
    while (!isStopping) {
      try {
        if (settings.clock().getTime() - lastMaintenance >= settings.maintenanceIntervalMs) await maintain();
        await fillSlots();
      } catch (error) {
        // A database hiccup must not end the worker: log it and look again after the pause.
        logger.error({ err: error }, 'job worker poll failed');
      }
      await pause(settings.pollIntervalMs);
    }
  }

  /** Ends the current pause; a wake-up while the loop is busy ends the next one at once. */
  function wakeUp(): void {
    if (wake) wake();
    else isWakePending = true;
  }

  /** Resolves after `ms`, or earlier when a slot frees up or the worker stops. */
  function pause(ms: number): Promise<void> {
    if (isWakePending) {
      isWakePending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wake = done;
    });
  }

  return {
    id: workerId,
    start() {
      if (loop || isStopping) throw new Error('The job worker was already started');
      logger.info({ workerId, concurrency: settings.concurrency, jobs: names }, 'job worker started');
      loop = poll();
    },
    async stop(stopOptions = {}) {
      isStopping = true;
      wakeUp();
      await loop;
      const isFinished = await settleWithin(
        [...running.values()],
        stopOptions.timeoutMs ?? settings.stopTimeoutMs,
      );
      if (!isFinished) abort.abort(new Error('The job worker is stopping'));
      logger.info({ workerId, unfinished: running.size }, 'job worker stopped');
      return { unfinished: running.size };
    },
    async runDueJobsOnce() {
      await maintain();
      let ran = 0;
      for (;;) {
        ran += await fillSlots();
        if (running.size === 0) return ran;
        await Promise.race(running.values());
      }
    },
  };
}

/** Whether every promise settled before the timeout. */
async function settleWithin(promises: readonly Promise<unknown>[], timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([Promise.allSettled(promises).then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function settingsOf(options: WorkerOptions) {
  const settings = {
    handle: options.handle,
    logger: options.logger,
    schedules: options.schedules ?? [],
    concurrency: options.concurrency ?? 4,
    pollIntervalMs: options.pollIntervalMs ?? 1000,
    workerId: options.workerId ?? `${os.hostname()}:${process.pid}:${uuidv7().slice(-12)}`,
    lockTimeoutMs: options.lockTimeoutMs ?? 5 * 60_000,
    maintenanceIntervalMs: options.maintenanceIntervalMs ?? 10_000,
    stopTimeoutMs: options.stopTimeoutMs ?? 30_000,
    backoff: options.backoff ?? defaultRetryBackoff,
    clock: options.clock ?? (() => new Date()),
    random: options.random ?? Math.random,
  };
  if (!Number.isInteger(settings.concurrency) || settings.concurrency < 1) {
    throw new Error('The job worker concurrency must be a positive integer');
  }
  // Locks are refreshed at each maintenance: it must come round well before a lock counts as stale.
  if (settings.maintenanceIntervalMs * 2 > settings.lockTimeoutMs) {
    throw new Error('The job lock timeout must be at least twice the maintenance interval');
  }
  return settings;
}
