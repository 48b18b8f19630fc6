export {
  defineJob,
  createJobRegistry,
  InvalidJobPayloadError,
  PermanentJobError,
  type DefineJobOptions,
  type JobContext,
  type JobDefinition,
  type JobRegistry,
} from './job-definition.js';
export { enqueue, type EnqueueOptions } from './queue.js';
export { defineSchedule, type Interval, type ScheduleDefinition } from './schedule.js';
export { createWorker, type Worker, type WorkerOptions } from './worker.js';
export { defaultRetryBackoff, type RetryBackoff } from './retry.js';
export { jobStatuses, type JobStatus } from './jobs.table.js';
