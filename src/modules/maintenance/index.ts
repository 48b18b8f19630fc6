export { createMaintenanceJobs } from './maintenance.jobs.js';
