import { effectiveGrants, hasRole, isAdmin, type Actor } from '../accounts/index.js';
import type { Resource } from './resource-reads.repo.js';

/**
 * Who belongs to a partner organisation: a person holding a role the partnership granted them within
 * it (trainer, provider manager, partner admin). The organisation named in one's own profile is not
 * enough: anyone can type it at registration, while grants are given by administrators.
 */
const memberRoles = ['trainer', 'provider-manager', 'partner-admin'] as const;

/** Roles that review contributions. */
const reviewerRoles = ['provider-manager', 'partner-admin', 'coordinator'] as const;

/** The organisations `actor` contributes for: `all` for coordinators and administrators. */
export function contributorOrganisations(actor: Actor | undefined): 'all' | readonly string[] {
  if (!actor) return [];
  if (hasRole(actor, 'coordinator')) return 'all';
  const grants = effectiveGrants(actor).filter((grant) =>
    (memberRoles as readonly string[]).includes(grant.role),
  );
  if (grants.some((grant) => grant.scopeType === null)) return 'all';
  return [
    ...new Set(
      grants.flatMap((grant) => (grant.scopeType === 'organisation' && grant.scopeId ? [grant.scopeId] : [])),
    ),
  ];
}

export function canContribute(actor: Actor | undefined): actor is Actor {
  const organisations = contributorOrganisations(actor);
  return organisations === 'all' || organisations.length > 0;
}

export function canContributeFor(actor: Actor | undefined, organisationId: string): boolean {
  const organisations = contributorOrganisations(actor);
  return organisations === 'all' || organisations.includes(organisationId);
}

/** The person who submitted a resource edits it; nobody else changes another's words. */
export const isContributorOf = (actor: Actor | undefined, resource: Pick<Resource, 'submittedByUserId'>) =>
  !!actor && resource.submittedByUserId !== null && resource.submittedByUserId === actor.userId;

export const isReviewer = (actor: Actor | undefined): actor is Actor =>
  reviewerRoles.some((role) => hasRole(actor, role));

/**
 * Reviewers decide on others' contributions, never on their own: a review is a second pair of eyes.
 * Harvested resources (no contributor on the platform) are not reviewed here.
 */
export const canReview = (actor: Actor | undefined, resource: Pick<Resource, 'submittedByUserId'>) =>
  isReviewer(actor) && resource.submittedByUserId !== null && !isContributorOf(actor, resource);

/** Sees a resource that is not (yet) public, its files and its review comments. */
export const canSeeUnpublished = (actor: Actor | undefined, resource: Pick<Resource, 'submittedByUserId'>) =>
  isContributorOf(actor, resource) || isReviewer(actor) || isAdmin(actor);
