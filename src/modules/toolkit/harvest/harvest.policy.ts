import { hasRole, type Actor } from '../../accounts/index.js';

/**
 * Harvest sources decide what the whole network's toolkit holds, so they are managed by the project
 * coordinator (and administrators, who hold every role) — not by each partner.
 */
export const canManageHarvestSources = (actor: Actor | undefined) => hasRole(actor, 'coordinator');
