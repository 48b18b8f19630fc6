import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { registerPrivacyApiRoutes } from './privacy.api.js';
import { registerPrivacyPageRoutes } from './privacy.pages.js';

export { createPrivacyJobs, type PrivacyJobs } from './privacy.jobs.js';
export {
  consentKinds,
  giveConsent,
  privacyPolicyVersion,
  withdrawConsent,
  type ConsentKind,
} from './privacy.consents.js';
export { eraseAccount, type ErasureTrigger } from './privacy.erasure.js';
export { personalDataSources, type PersonalDataSource } from './privacy.sources.js';
export type { PrivacyTables } from './privacy.table.js';

/** `/{lang}/account/data`: what we hold, export, profile corrections, consents, erasure. */
export function registerPrivacyPages(app: FastifyInstance, deps: WebDeps): void {
  registerPrivacyPageRoutes(app, deps);
}

/** `GET /api/v1/me/export`, `DELETE /api/v1/me`. */
export function registerPrivacyApi(app: FastifyInstance, deps: WebDeps): void {
  registerPrivacyApiRoutes(app, deps);
}
