import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { registerContactPointAdminPages } from './contact-points.admin.pages.js';
import { registerOrganisationAdminPages } from './organisations.admin.pages.js';
import { registerPublicOrganisationPages } from './organisations.pages.js';

export { listOrganisationsWith, type OrganisationSummary } from './organisations.repo.js';
export {
  organisationTypes,
  logoContentTypes,
  type OrganisationType,
  type OrganisationTables,
} from './organisations.table.js';
export { canEditOrganisation, canManageContactPoints, canManagePartnership } from './organisations.policy.js';
export { logoDirectory } from './logo-store.js';
export { registerOrganisationApi } from './organisations.api.js';

/** `/{lang}/partners…`, `/{lang}/contact-points`, and the administration of organisations and contact points. */
export function registerOrganisationPages(app: FastifyInstance, deps: WebDeps): void {
  registerPublicOrganisationPages(app, deps);
  registerOrganisationAdminPages(app, deps);
  registerContactPointAdminPages(app, deps);
}
