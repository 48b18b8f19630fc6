import { effectiveGrants, hasRole, type Actor } from '../accounts/index.js';

/** The contact point of the applicant's country (admins hold every role). */
export const canSelectForCountry = (actor: Actor, country: string | null): boolean =>
  country !== null && hasRole(actor, 'contact-point', { type: 'country', id: country });

/** Managers of the course's provider decide on places: the catalogue's `canManageCourses` rule. */
export const canDecideForProvider = (actor: Actor, providerId: string): boolean =>
  hasRole(actor, 'provider-manager', { type: 'organisation', id: providerId });

export const isApplicant = (actor: Actor, application: { user_id: string }): boolean =>
  actor.userId === application.user_id;

/** Who may see an application at all: its applicant, their country's contact point, the provider. */
export function canSeeApplication(
  actor: Actor,
  application: { user_id: string; country: string | null },
  providerId: string,
): boolean {
  return (
    isApplicant(actor, application) ||
    canSelectForCountry(actor, application.country) ||
    canDecideForProvider(actor, providerId)
  );
}

/** Countries whose applications a contact point sees: `all` for an unscoped grant. */
export function contactPointCountries(actor: Actor): 'all' | string[] {
  const grants = effectiveGrants(actor).filter((grant) => grant.role === 'contact-point');
  if (grants.some((grant) => grant.scopeType === null)) return 'all';
  return grants.filter((grant) => grant.scopeType === 'country').map((grant) => grant.scopeId ?? '');
}
