import type { Role } from './accounts.table.js';

export interface Grant {
  readonly role: Role;
  readonly scopeType: 'organisation' | 'country' | null;
  readonly scopeId: string | null;
}

/** Who is acting: a signed-in person, or a program with one of their API tokens. */
export interface Actor {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly locale: string;
  readonly grants: readonly Grant[];
  readonly hasSecondFactor: boolean;
  readonly authenticatedBy: 'session' | 'token';
  readonly sessionId: string | undefined;
  /** What an API token may do (`read`, `write`…); undefined for a signed-in person, who may do all their roles allow. */
  readonly tokenScopes: readonly string[] | undefined;
}

export type Scope = { readonly type: 'organisation' | 'country'; readonly id: string };

const isStaffRole = (role: Role) => role !== 'learner';

/**
 * Grants that count. Every role above learner needs a second factor: until one is enrolled, such grants
 * give nothing, so a stolen password alone never opens staff powers.
 */
export function effectiveGrants(actor: Actor): readonly Grant[] {
  return actor.hasSecondFactor ? actor.grants : actor.grants.filter((grant) => !isStaffRole(grant.role));
}

/** Holds `role`; for a scoped role, within `scope` when one is given. Admins hold every role. */
export function hasRole(actor: Actor | undefined, role: Role, scope?: Scope): boolean {
  if (!actor) return false;
  return effectiveGrants(actor).some(
    (grant) =>
      grant.role === 'admin' ||
      (grant.role === role &&
        (!scope ||
          grant.scopeType === null ||
          (grant.scopeType === scope.type && grant.scopeId === scope.id))),
  );
}

export function isAdmin(actor: Actor | undefined): boolean {
  return !!actor && effectiveGrants(actor).some((grant) => grant.role === 'admin');
}

/** Has a staff role whose powers wait for a second factor. */
export function needsSecondFactor(actor: Actor): boolean {
  return !actor.hasSecondFactor && actor.grants.some((grant) => isStaffRole(grant.role));
}

export const canManageUsers = (actor: Actor | undefined) => isAdmin(actor);
export const canReadContactMessages = (actor: Actor | undefined) => hasRole(actor, 'coordinator');
export const canReadAuditLog = (actor: Actor | undefined) => isAdmin(actor);
