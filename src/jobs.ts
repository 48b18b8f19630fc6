import type { AppDeps } from './app-deps.js';
import { createContactJobs } from './modules/contact/index.js';
import { createAccountJobs } from './modules/accounts/accounts.jobs.js';
import { createAdminJobs } from './modules/admin/index.js';
import { createApplicationJobs, createEnrolmentJobs } from './modules/applications/index.js';
import { createMaintenanceJobs } from './modules/maintenance/index.js';
import { createCredentialJobs } from './modules/credentials/index.js';
import { createPrivacyJobs } from './modules/privacy/index.js';
import {
  createToolkitAttachmentJobs,
  createToolkitHarvestJobs,
  createToolkitMailJobs,
} from './modules/toolkit/index.js';
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
    maintenance: createMaintenanceJobs({ db: deps.db, sessionPolicy: deps.config.sessions }),
    accounts: createAccountJobs(deps),
    privacy: createPrivacyJobs(deps),
    admin: createAdminJobs(deps),
    applications: createApplicationJobs(deps),
    enrolment: createEnrolmentJobs(deps),
    credentials: createCredentialJobs(deps),
    toolkitHarvest: createToolkitHarvestJobs(deps),
    toolkitMail: createToolkitMailJobs(deps),
    toolkitAttachments: createToolkitAttachmentJobs(deps),
  };
}

export type AppJobs = ReturnType<typeof createAppJobs>;

export function listJobs(jobs: AppJobs): JobDefinition[] {
  return Object.values(jobs).flatMap((group) => Object.values(group) as JobDefinition[]);
}

/** Recurring work: retention periods of the privacy policy and clean-up. */
export function listSchedules(jobs: AppJobs): ScheduleDefinition[] {
  return [
    defineSchedule({ job: jobs.maintenance.prune, every: { hours: 1 }, payload: {} }),
    defineSchedule({ job: jobs.privacy.applyAccountRetention, every: { hours: 24 }, payload: {} }),
    defineSchedule({ job: jobs.applications.expirePlaceOffers, every: { minutes: 15 }, payload: {} }),
    defineSchedule({ job: jobs.applications.sendStatusMails, every: { minutes: 1 }, payload: {} }),
    defineSchedule({ job: jobs.applications.sendReminders, every: { hours: 1 }, payload: {} }),
    defineSchedule({ job: jobs.credentials.issueForCompletions, every: { minutes: 1 }, payload: {} }),
    defineSchedule({ job: jobs.credentials.reissueRenamed, every: { minutes: 5 }, payload: {} }),
    defineSchedule({ job: jobs.toolkitHarvest.startDueHarvests, every: { minutes: 5 }, payload: {} }),
    defineSchedule({ job: jobs.toolkitAttachments.removeAbandoned, every: { hours: 1 }, payload: {} }),
  ];
}
