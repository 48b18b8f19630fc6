import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { registerSecondFactorPages } from './second-factor.pages.js';
import { registerTwoFactorAccountPages } from './two-factor.pages.js';

/** Whether the user has a second factor and must give it after their password. */
export { hasSecondFactor } from './two-factor.repo.js';
/** Removes the user's TOTP credential and recovery codes (account erasure). */
export { deleteSecondFactor } from './two-factor.repo.js';
export { exportSecondFactor } from './two-factor.export.js';
export { secondFactorRateLimit } from './second-factor-check.js';
export type { TwoFactorTables } from './two-factor.table.js';

/** `/{lang}/login/second-factor` and `/{lang}/account/two-factor`. */
export function registerTwoFactorPages(app: FastifyInstance, deps: WebDeps): void {
  registerSecondFactorPages(app, deps);
  registerTwoFactorAccountPages(app, deps);
}
