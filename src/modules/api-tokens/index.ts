import type { FastifyInstance } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { registerApiTokenRoutes } from './api-tokens.api.js';
import { registerApiTokenPageRoutes } from './api-tokens.pages.js';

export { resolveApiToken, type ResolvedApiToken } from './api-tokens.resolver.js';
export {
  canCreateOrganisationToken,
  canManageApiTokens,
  hasScope,
  requireScope,
} from './api-tokens.policy.js';
export { apiTokenScopes, type ApiTokenScope, type ApiTokensTables } from './api-tokens.table.js';

/** `/{lang}/account/tokens`. */
export function registerApiTokenPages(app: FastifyInstance, deps: WebDeps): void {
  registerApiTokenPageRoutes(app, deps);
}

/** `GET /api/v1/me` and the token API. */
export function registerApiTokenApi(app: FastifyInstance, deps: WebDeps): void {
  registerApiTokenRoutes(app, deps);
}
