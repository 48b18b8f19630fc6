import type { AppDeps } from './app-deps.js';
import { createContactJobs } from './modules/contact/index.js';
import { createMaintenanceJobs } from './modules/maintenance/index.js';
import { defineSchedule, type JobDefinition, type ScheduleDefinition } from './platform/jobs/index.js';

/** Every job of the platform, grouped by module. Services enqueue them through `deps.jobs`. */
export function createAppJobs(deps: Omit<AppDeps, 'jobs'>) {
  return {
    contact: createContactJobs({
      db: deps.db,
      mailer: deps.mailer,
      translators: deps.translators,
      staffEmail: deps.config.mail.staffEmail,
      publicUrl: deps.config.publicUrl,
    }),
    maintenance: createMaintenanceJobs({ db: deps.db }),
  };
}

export type AppJobs = ReturnType<typeof createAppJobs>;

export function listJobs(jobs: AppJobs): JobDefinition[] {
  return Object.values(jobs).flatMap((group) => Object.values(group) as JobDefinition[]);
}

/** Recurring work: retention and clean-up. */
export function listSchedules(jobs: AppJobs): ScheduleDefinition[] {
  return [defineSchedule({ job: jobs.maintenance.prune, every: { hours: 1 }, payload: {} })];
}
