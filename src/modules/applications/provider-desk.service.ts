import type { AppDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { listSessionApplications } from './application-lists.service.js';
import { canDecideForProvider } from './applications.policy.js';
import { countPlacesTaken, findSessionForApplications } from './applications.repo.js';
import type { StaffApplicationView } from './applications.schema.js';
import { holdsPlace, selectionModeOf, type SelectionMode } from './applications.states.js';
import { findDeskSession, type DeskSession } from './selection-desk.repo.js';

type Deps = Pick<AppDeps, 'db'>;
type Application = StaffApplicationView;

/** A session's applications as its provider decides on them, in the groups of the provider's desk. */
export interface ProviderDesk {
  readonly session: DeskSession;
  readonly mode: SelectionMode;
  readonly placesTaken: number;
  /** Nominated (national sessions, by country then rank) or submitted (oldest first). */
  readonly awaiting: readonly Application[];
  /** Offered (with the offer's expiry) and confirmed places, and those who attended since. */
  readonly places: readonly Application[];
  /** The waiting list in its order. */
  readonly waiting: readonly Application[];
  /** Rejected and withdrawn. */
  readonly closed: readonly Application[];
}

/**
 * The provider's desk of one session, for managers of the course's provider only (403 for others,
 * contact points included). The applications come from `listSessionApplications`, which leaves out
 * what national selection has not passed on, and writes the view to the audit log.
 */
export async function getProviderDesk(
  deps: Deps,
  actor: Actor,
  options: { sessionId: string; locale: string },
): Promise<ProviderDesk> {
  requireScope(actor, 'read');
  const session = await findDeskSession(deps.db, options.sessionId, options.locale);
  const rules = session && (await findSessionForApplications(deps.db, session.id));
  if (!session || !rules) throw AppError.notFound('There is no such session.');
  if (!canDecideForProvider(actor, session.providerId)) {
    throw AppError.forbidden('Only managers of the course’s provider decide on places.');
  }
  const { applications } = await listSessionApplications(deps, actor, session.id);
  const mode = selectionModeOf(rules);
  return {
    session,
    mode,
    placesTaken: await countPlacesTaken(deps.db, session.id),
    ...groupForProvider(applications, mode),
  };
}

const byCreation = (a: Application, b: Application) => a.createdAt.localeCompare(b.createdAt);
const byCountryThenRank = (a: Application, b: Application) =>
  (a.country ?? '').localeCompare(b.country ?? '') ||
  (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
  byCreation(a, b);

/** Sorts applications into the desk's groups; those still in national selection go in none. */
export function groupForProvider(
  applications: readonly Application[],
  mode: SelectionMode,
): Pick<ProviderDesk, 'awaiting' | 'places' | 'waiting' | 'closed'> {
  const awaitingStatus = mode === 'national' ? 'nominated' : 'submitted';
  const having = (test: (application: Application) => boolean) => applications.filter(test);
  return {
    awaiting: having((a) => a.status === awaitingStatus).sort(
      mode === 'national' ? byCountryThenRank : byCreation,
    ),
    places: having((a) => holdsPlace(a.status)).sort(byCreation),
    waiting: having((a) => a.status === 'waitlisted').sort(
      (a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) || byCreation(a, b),
    ),
    closed: having((a) => a.status === 'rejected' || a.status === 'withdrawn').sort(byCreation),
  };
}
