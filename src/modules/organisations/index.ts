export { listOrganisationsWith, type OrganisationSummary } from './organisations.repo.js';
export { organisationTypes, type OrganisationType, type OrganisationTables } from './organisations.table.js';

// The organisations module (Knowledge Partnership) fills these in.
import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';

/** `/{lang}/partners…`, `/{lang}/contact-points`, and the admin pages for organisations. */
export function registerOrganisationPages(_app: FastifyInstance, _deps: WebDeps): void {}

/** `GET /api/v1/organisations`, `GET /api/v1/organisations/{id}`, `GET /api/v1/contact-points`. */
export function registerOrganisationApi(_app: FastifyInstance, _deps: WebDeps): void {}
