import type { Actor } from '../accounts/index.js';

/** A person manages their own second factor from a signed-in browser session, never with an API token. */
export const canManageSecondFactor = (actor: Actor) => actor.authenticatedBy === 'session';

/** Holds a role above learner: such roles need a second factor (issue 3), counted on every grant held. */
export const holdsStaffRole = (actor: Actor) => actor.grants.some((grant) => grant.role !== 'learner');

/** The second factor can be switched off only by its owner, and never while a staff role requires it. */
export const canDisableSecondFactor = (actor: Actor) =>
  canManageSecondFactor(actor) && !holdsStaffRole(actor);
