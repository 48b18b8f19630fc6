import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { registerApplicationApi } from './applications.api.js';
import { registerEnrolmentApi } from './enrolment.api.js';
import { registerSelectionRankingApi } from './selection-ranking.api.js';

export type { ApplicationTables } from './applications.table.js';
export { createApplicationJobs } from './applications.jobs.js';
export { expirePlaceOffers } from './waiting-list.service.js';
export { placeOfferHours } from './application-moves.js';
export { listSessionParticipants, type SessionParticipants } from './participants.service.js';
// For the attendance register: the same authorisation, locking and moves as the desks.
export { recordMove } from './application-moves.js';
export { lockSession, type ApplicationRow } from './applications.repo.js';
export { findSessionSheet, type SessionSheet } from './participants.repo.js';
export { canDecideForProvider } from './applications.policy.js';
export { canMove, type ApplicationStatus } from './applications.states.js';
export { registerApplicationPages } from './application-pages.js';
export { registerEnrolmentPages } from './enrolment.pages.js';
export { createEnrolmentJobs } from './enrolment.jobs.js';
export type { EnrolmentTables } from './enrolment.table.js';
export { registerSelectionDeskPages } from './selection-desk.pages.js';
export { registerProviderDeskPages } from './provider-desk.pages.js';

/** The applications API: applying, national selection, the provider's decisions, waiting lists. */
export function registerApplications(app: FastifyInstance, deps: WebDeps): void {
  registerApplicationApi(app, deps);
  registerEnrolmentApi(app, deps);
  registerSelectionRankingApi(app, deps);
}
