import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { registerApplicationApi } from './applications.api.js';

export type { ApplicationTables } from './applications.table.js';
export { createApplicationJobs } from './applications.jobs.js';
export { expirePlaceOffers } from './waiting-list.service.js';
export { placeOfferHours } from './application-moves.js';
export { listSessionParticipants, type SessionParticipants } from './participants.service.js';

/** The applications API: applying, national selection, the provider's decisions, waiting lists. */
export function registerApplications(app: FastifyInstance, deps: WebDeps): void {
  registerApplicationApi(app, deps);
}
