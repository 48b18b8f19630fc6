// Module skeleton: the two-factor module (TOTP and recovery codes) fills this in.
import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';

/** Whether the user has a second factor and must give it after their password. */
export { hasSecondFactor } from './two-factor.repo.js';

/** `/{lang}/login/second-factor` and `/{lang}/account/two-factor`. */
export function registerTwoFactorPages(_app: FastifyInstance, _deps: WebDeps): void {}
