import { effectiveGrants, hasRole, isAdmin, type Actor } from '../accounts/index.js';
import type { BodyRow } from './recognition.repo.js';

/** An academic body recognises credits: every university, and organisations marked as awarding them. */
export const isAcademicBody = (body: Pick<BodyRow, 'type' | 'awardsCredits'>) =>
  body.type === 'university' || body.awardsCredits;

/**
 * Records and withdraws recognitions for `organisationId`: its partner admins (with a second factor,
 * as every staff grant), and administrators. Whether the body is academic is checked separately.
 */
export const canActForBody = (actor: Actor | undefined, organisationId: string) =>
  hasRole(actor, 'partner-admin', { type: 'organisation', id: organisationId });

/** The organisations an actor acts for as partner admin: `all` for administrators. */
export function partnerAdminScopes(actor: Actor | undefined): readonly string[] | 'all' {
  if (!actor) return [];
  if (isAdmin(actor)) return 'all';
  return effectiveGrants(actor)
    .filter((grant) => grant.role === 'partner-admin' && grant.scopeType === 'organisation' && grant.scopeId)
    .map((grant) => grant.scopeId ?? '');
}
