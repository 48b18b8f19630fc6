import { AppError } from '../../platform/http/app-error.js';
import { effectiveGrants, hasRole, isAdmin, type Actor } from '../accounts/index.js';
import type { ApiTokenScope } from './api-tokens.table.js';

/** Roles that may let a program act for their organisation. */
const organisationTokenRoles = ['partner-admin', 'provider-manager'] as const;

/**
 * Only a person at the keyboard manages tokens: a token that could mint or revoke tokens would turn one
 * leaked secret into a permanent one.
 */
export const canManageApiTokens = (actor: Actor | undefined): actor is Actor =>
  !!actor && actor.authenticatedBy === 'session';

/** An organisation token: an admin, or a partner-admin or provider-manager of that organisation. */
export function canCreateOrganisationToken(actor: Actor | undefined, organisationId: string): boolean {
  const scope = { type: 'organisation', id: organisationId } as const;
  return organisationTokenRoles.some((role) => hasRole(actor, role, scope));
}

/**
 * The organisations `actor` may create tokens for: `all` for an admin (or an unscoped grant, which
 * `hasRole` counts everywhere), else the ids of their scoped grants.
 */
export function organisationsForTokens(actor: Actor): 'all' | readonly string[] {
  if (isAdmin(actor)) return 'all';
  const grants = effectiveGrants(actor).filter((grant) =>
    (organisationTokenRoles as readonly string[]).includes(grant.role),
  );
  if (grants.some((grant) => grant.scopeType === null)) return 'all';
  return [
    ...new Set(
      grants.flatMap((grant) => (grant.scopeType === 'organisation' && grant.scopeId ? [grant.scopeId] : [])),
    ),
  ];
}

/** Whether `actor` may do what `scope` allows. People signed in with a session hold every scope. */
export function hasScope(actor: Actor, scope: ApiTokenScope): boolean {
  if (actor.authenticatedBy !== 'token') return true;
  const held = actor.tokenScopes ?? [];
  // Writing includes reading, as a program that may change something needs to see it first.
  return held.includes(scope) || (scope === 'read' && held.includes('write'));
}

/** Throws a 403 `forbidden` when an API token lacks `scope`; sessions pass. For every API use case. */
export function requireScope(actor: Actor, scope: ApiTokenScope): void {
  if (!hasScope(actor, scope)) {
    throw AppError.forbidden(`This API token does not have the "${scope}" scope.`);
  }
}
