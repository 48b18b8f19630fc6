// Module skeleton: the privacy self-service module fills this in.
import type { FastifyInstance } from 'fastify';
import type { AppDeps, WebDeps } from '../../app-deps.js';

/** `/{lang}/account/data`: export, consents, erasure. */
export function registerPrivacyPages(_app: FastifyInstance, _deps: WebDeps): void {}

/** `GET /api/v1/me/export`, `DELETE /api/v1/me`. */
export function registerPrivacyApi(_app: FastifyInstance, _deps: WebDeps): void {}

/** Retention of accounts. */
export function createPrivacyJobs(_deps: Omit<AppDeps, 'jobs'>) {
  return {};
}
