export { registerSetupPages as registerSetupRoutes } from './setup.pages.js';
export { issueFirstAdministratorToken, setupTokenLifetimeMs } from './setup.service.js';
export { deleteExpiredSetupTokens } from './setup.repo.js';
export type { SetupTables } from './setup.table.js';
