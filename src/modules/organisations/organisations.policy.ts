import { effectiveGrants, hasRole, type Actor } from '../accounts/index.js';

/** Who runs the Knowledge Partnership: creates and deletes organisations, decides memberships. */
export const canManagePartnership = (actor: Actor | undefined) => hasRole(actor, 'coordinator');

/** The partnership's managers, and the partner admins and provider managers of this organisation. */
export function canEditOrganisation(actor: Actor | undefined, organisationId: string): boolean {
  const scope = { type: 'organisation', id: organisationId } as const;
  return (
    canManagePartnership(actor) ||
    hasRole(actor, 'partner-admin', scope) ||
    hasRole(actor, 'provider-manager', scope)
  );
}

/** The partnership's managers, and contact-point users for their own country. */
export function canManageContactPoints(actor: Actor | undefined, country: string): boolean {
  return canManagePartnership(actor) || hasRole(actor, 'contact-point', { type: 'country', id: country });
}

/**
 * What an actor may administer beyond single ids: `all`, or the organisations and countries their scoped
 * grants name. Grants without a second factor give nothing (see `effectiveGrants`).
 */
export function administeredScopes(actor: Actor | undefined): {
  readonly all: boolean;
  readonly organisationIds: readonly string[];
  readonly countries: readonly string[];
} {
  if (!actor) return { all: false, organisationIds: [], countries: [] };
  if (canManagePartnership(actor)) return { all: true, organisationIds: [], countries: [] };
  const grants = effectiveGrants(actor);
  const scoped = (roles: readonly string[], type: 'organisation' | 'country') =>
    grants
      .filter((grant) => roles.includes(grant.role) && grant.scopeType === type && grant.scopeId)
      .map((grant) => grant.scopeId ?? '');
  return {
    all: false,
    organisationIds: scoped(['partner-admin', 'provider-manager'], 'organisation'),
    countries: scoped(['contact-point'], 'country'),
  };
}

/** Opens the organisations administration at all. */
export function canOpenPartnershipAdministration(actor: Actor | undefined): boolean {
  const scopes = administeredScopes(actor);
  return scopes.all || scopes.organisationIds.length > 0 || scopes.countries.length > 0;
}
