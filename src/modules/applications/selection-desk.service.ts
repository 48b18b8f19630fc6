import type { AppDeps } from '../../app-deps.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { isAdmin, type Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { moveApplication, type ApplicationAction } from './application-decisions.service.js';
import { listApplicationsOfSession } from './application-lists.repo.js';
import { contactPointCountries } from './applications.policy.js';
import { findApplication } from './applications.repo.js';
import {
  presentApplication,
  type ApplicationView,
  type StaffApplicationView,
} from './applications.schema.js';
import {
  findDeskSession,
  listSelectionSessions,
  listSessionQuotas,
  type CountryQuota,
  type CountryScope,
  type DeskSession,
  type SelectionSessionRow,
} from './selection-desk.repo.js';

type Deps = Pick<AppDeps, 'db'>;

/** The countries a person selects for: every country for admins and unscoped contact points. */
export function selectionCountries(actor: Actor): CountryScope {
  return isAdmin(actor) ? 'all' : contactPointCountries(actor);
}

function requireSelectionCountries(actor: Actor): CountryScope {
  const countries = selectionCountries(actor);
  if (countries !== 'all' && countries.length === 0) {
    throw AppError.forbidden('Only national contact points select applicants.');
  }
  return countries;
}

/**
 * The contact point's work list: sessions that select nationally where one of their countries has a
 * quota, with each country's places and how many applications wait or are nominated. Counts only, so
 * nothing of any person is shown and nothing is audited.
 */
export async function listSelectionDesk(
  deps: Deps,
  actor: Actor,
  options: { locale: string; now?: Date },
): Promise<SelectionSessionRow[]> {
  requireScope(actor, 'read');
  const countries = requireSelectionCountries(actor);
  return listSelectionSessions(deps.db, {
    countries,
    language: options.locale,
    now: options.now ?? new Date(),
  });
}

export interface SelectionDeskSession {
  readonly session: DeskSession;
  /** The quotas of the contact point's own countries only. */
  readonly quotas: readonly CountryQuota[];
  /** Applications from those countries only: ranked first, then oldest. */
  readonly applications: readonly StaffApplicationView[];
  readonly isDeadlinePassed: boolean;
}

/**
 * One session as its contact point selects: the applications of their own countries and nothing from
 * any other country (not even counts). A session without a quota for one of their countries does not
 * exist for them. The view of other people's applications is written to the audit log.
 */
export async function getSelectionDeskSession(
  deps: Deps,
  actor: Actor,
  options: { sessionId: string; locale: string; now?: Date },
): Promise<SelectionDeskSession> {
  requireScope(actor, 'read');
  const countries = requireSelectionCountries(actor);
  const session = await findDeskSession(deps.db, options.sessionId, options.locale);
  const quotas = session ? await listSessionQuotas(deps.db, session.id, countries) : [];
  if (!session || quotas.length === 0) throw AppError.notFound('There is no such session to select for.');
  const rows = await listApplicationsOfSession(deps.db, session.id, {
    countries: quotas.map((quota) => quota.country),
    nominatedOnly: false,
  });
  await appendAudit(deps.db, {
    action: 'applications-viewed',
    actorId: actor.userId,
    targetType: 'course_session',
    targetId: session.id,
    details: {
      scope: 'countries',
      desk: 'selection',
      countries: quotas.map((quota) => quota.country).join(','),
      count: rows.length,
    },
  });
  const now = options.now ?? new Date();
  return {
    session,
    quotas,
    applications: rows.map((row) => ({
      ...presentApplication(row),
      applicant: { id: row.user_id, name: row.applicant_name, email: row.applicant_email },
    })),
    isDeadlinePassed: isPast(session.selectionDeadline, now),
  };
}

export const isPast = (instant: string | null, now: Date): boolean =>
  instant !== null && Date.parse(instant) < now.getTime();

/**
 * A move made from a desk page: the application named in the address must belong to the session named
 * there too (else it does not exist here); the move itself is `moveApplication`'s, rules and audit included.
 */
export async function moveFromDesk(
  deps: Deps,
  actor: Actor,
  options: { sessionId: string; applicationId: string; action: ApplicationAction; reason?: string },
): Promise<ApplicationView> {
  requireScope(actor, 'write');
  const application = await findApplication(deps.db, options.applicationId);
  if (!application || application.session_id !== options.sessionId) {
    throw AppError.notFound('There is no such application.');
  }
  return moveApplication(deps, actor, {
    id: application.id,
    action: options.action,
    input: options.reason ? { reason: options.reason } : {},
  });
}
