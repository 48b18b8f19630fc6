import { AppError } from '../../platform/http/app-error.js';
import { hasRole, type Actor } from '../accounts/index.js';

/** Coordinators (and admins, who hold every role) correct and extend the instruments reference. */
export const canEditInstruments = (actor: Actor | undefined) => hasRole(actor, 'coordinator');

/** The first line of every staff use case of the reference: 401 for visitors, 403 for the others. */
export function authorizeInstrumentEditor(actor: Actor | undefined): Actor {
  if (!actor) throw new AppError('unauthenticated', 'Please sign in to continue.');
  if (!canEditInstruments(actor)) throw AppError.forbidden();
  return actor;
}
