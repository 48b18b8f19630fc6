export { registerContactPages as registerContactRoutes } from './contact.pages.js';
export { createContactJobs, type ContactJobs, type ContactJobDeps } from './contact.jobs.js';
export { deleteContactMessagesBefore, listContactMessages } from './contact.repo.js';
export type { ContactTables } from './contact.table.js';

/** Messages left through the contact form are kept one year (stated in the privacy policy). */
export const contactMessageRetentionDays = 365;
