import type { Actor } from '../accounts/index.js';
import { hasScope } from '../api-tokens/index.js';

/**
 * Everyone acts on their own data only: no rule here takes another person's id, and no route of the
 * module has one in its path, query or body.
 */

/** A person signed in, or a program with one of their tokens that may read. */
export const canExportOwnData = (actor: Actor | undefined): actor is Actor =>
  !!actor && hasScope(actor, 'read');

/**
 * Erasure, consents and profile corrections are for the person at the keyboard: a leaked API token
 * must never be enough to delete an account.
 */
export const canManageOwnData = (actor: Actor | undefined): actor is Actor =>
  !!actor && actor.authenticatedBy === 'session';
