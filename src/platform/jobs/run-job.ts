import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../database.js';
import { timestamp } from '../db/database.js';
import { PermanentJobError, type JobRegistry } from './job-definition.js';
import { finishJob, type JobRow } from './jobs.repo.js';
import { describeJobError, retryDelayMs, type RetryBackoff } from './retry.js';

export interface RunJobDeps {
  readonly db: Kysely<Database>;
  readonly registry: JobRegistry;
  readonly workerId: string;
  readonly logger: Logger;
  readonly backoff: RetryBackoff;
  readonly clock: () => Date;
  readonly random: () => number;
  readonly signal: AbortSignal;
}

/** `lost`: the lock expired meanwhile and another worker owns the job now; this outcome was dropped. */
export type JobOutcome = 'succeeded' | 'retrying' | 'failed' | 'dead' | 'lost';

/** Runs one claimed job's handler and records the outcome. Database errors propagate to the worker. */
export async function runClaimedJob(deps: RunJobDeps, row: JobRow): Promise<JobOutcome> {
  // Never the payload: it may hold personal data.
  const logger = deps.logger.child({ job: row.name, jobId: row.id, attempt: row.attempts });
  try {
    const definition = deps.registry.get(row.name);
    if (!definition) throw new PermanentJobError(`No handler is registered for job "${row.name}"`);
    const payload: unknown = JSON.parse(row.payload);
    const context = {
      jobId: row.id,
      attempt: row.attempts,
      maxAttempts: row.max_attempts,
      logger,
      signal: deps.signal,
    };
    await definition.run(payload, context);
  } catch (error) {
    return recordFailure(deps, row, error, logger);
  }
  const now = timestamp(deps.clock());
  const isRecorded = await finishJob(deps.db, lockOf(deps, row), {
    status: 'succeeded',
    finished_at: now,
    updated_at: now,
  });
  if (!isRecorded) return lockLost(logger);
  logger.info('job succeeded');
  return 'succeeded';
}

async function recordFailure(
  deps: RunJobDeps,
  row: JobRow,
  error: unknown,
  logger: Logger,
): Promise<JobOutcome> {
  const lastError = describeJobError(error);
  const now = deps.clock();
  const updatedAt = timestamp(now);
  if (error instanceof PermanentJobError || row.attempts >= row.max_attempts) {
    const status = error instanceof PermanentJobError ? 'failed' : 'dead';
    const changes = { status, last_error: lastError, finished_at: updatedAt, updated_at: updatedAt } as const;
    if (!(await finishJob(deps.db, lockOf(deps, row), changes))) return lockLost(logger);
    logger.error({ error: lastError, status }, 'job gave up');
    return status;
  }
  const retryAt = timestamp(new Date(now.getTime() + retryDelayMs(row.attempts, deps.backoff, deps.random)));
  const changes = {
    status: 'pending',
    run_at: retryAt,
    last_error: lastError,
    updated_at: updatedAt,
  } as const;
  if (!(await finishJob(deps.db, lockOf(deps, row), changes))) return lockLost(logger);
  logger.warn({ error: lastError, retryAt }, 'job attempt failed, will retry');
  return 'retrying';
}

function lockOf(deps: RunJobDeps, row: JobRow) {
  return { id: row.id, workerId: deps.workerId };
}

function lockLost(logger: Logger): JobOutcome {
  logger.warn('job lock expired while running; another worker took the job over, outcome dropped');
  return 'lost';
}
