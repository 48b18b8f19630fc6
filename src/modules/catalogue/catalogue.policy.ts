import { hasRole, type Actor } from '../accounts/index.js';

/** Provider managers of the course's provider, and admins (who hold every role). */
export function canManageCourses(actor: Actor | undefined, providerId: string): actor is Actor {
  return hasRole(actor, 'provider-manager', { type: 'organisation', id: providerId });
}
