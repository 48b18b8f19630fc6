import type { Generated } from 'kysely';

/**
 * Life of a job: `pending` → `running` → `succeeded`; a failed attempt goes back to `pending` with a
 * later `run_at` until `max_attempts` is reached, then `dead`. `failed` is for jobs that can never
 * succeed (a `PermanentJobError`, or a stored payload the schema no longer accepts), so retrying is
 * pointless. `dead` and `failed` rows stay in the table with their last error for operators.
 */
export const jobStatuses = ['pending', 'running', 'succeeded', 'failed', 'dead'] as const;
export type JobStatus = (typeof jobStatuses)[number];

export interface JobTable {
  id: string;
  name: string;
  /** The payload as JSON text, validated by the job's schema when it was enqueued. */
  payload: string;
  status: JobStatus;
  /** Attempts started so far; incremented when a worker claims the job. */
  attempts: number;
  max_attempts: number;
  run_at: string;
  /** Set while running; refreshed by the live worker, so an old one means a crashed worker. */
  locked_at: string | null;
  /** The worker running the job, or that ran it last. */
  locked_by: string | null;
  last_error: string | null;
  /** Idempotency key: unique among pending jobs that have not been attempted yet. */
  key: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
  finished_at: string | null;
}

export interface JobScheduleTable {
  /** The name of the job the schedule enqueues. */
  name: string;
  interval_seconds: number;
  next_run_at: string;
  last_run_at: string | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface JobTables {
  job: JobTable;
  job_schedule: JobScheduleTable;
}
