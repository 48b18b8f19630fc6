import type { AppDeps } from '../../app-deps.js';
import { createInboxJobs } from './inbox.jobs.js';

export { registerAdminPages } from './admin.pages.js';
export { adminSections, allowedSections, type AdminSection } from './admin.policy.js';
/** The frame and notices of admin pages, for modules that add a section (legal instruments). */
export { AdminPage, Notice, type Crumb } from './admin.views.js';

/** Jobs of the administration area: replies from the staff inbox. */
export function createAdminJobs(deps: Omit<AppDeps, 'jobs'>) {
  return createInboxJobs({
    db: deps.db,
    mailer: deps.mailer,
    translators: deps.translators,
    staffEmail: deps.config.mail.staffEmail,
  });
}
