import type { AppDeps } from '../../app-deps.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { isAdmin, type Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import {
  listApplicationsOfSession,
  listApplicationsOfUser,
  listHistories,
} from './application-lists.repo.js';
import { canDecideForProvider, contactPointCountries } from './applications.policy.js';
import { findSessionForApplications } from './applications.repo.js';
import {
  presentApplication,
  type MyApplicationView,
  type StaffApplicationView,
} from './applications.schema.js';
import { selectionModeOf } from './applications.states.js';

type Deps = Pick<AppDeps, 'db'>;

/** The caller's own applications, each with its course and who decided what and when. */
export async function listMyApplications(deps: Deps, actor: Actor): Promise<MyApplicationView[]> {
  requireScope(actor, 'read');
  const rows = await listApplicationsOfUser(deps.db, actor.userId, actor.locale);
  const histories = await listHistories(
    deps.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    ...presentApplication(row),
    courseId: row.course_id,
    courseTitle: row.course_title,
    startsAt: row.starts_at,
    history: (histories.get(row.id) ?? []).map((event) => ({
      from: event.from_status,
      to: event.to_status,
      decidedBy: event.actor_role,
      reason: event.reason,
      at: event.at,
    })),
  }));
}

export interface SessionApplications {
  readonly sessionId: string;
  /** `all` for admins; the provider's view; or the contact point's countries only. */
  readonly scope: 'all' | 'provider' | 'countries';
  readonly applications: StaffApplicationView[];
}

/**
 * A session's applications as the caller's role allows: the provider's managers see those past
 * national selection (all of them without quotas), a contact point those of their own countries only.
 * Every such view of other people's applications is written to the audit log.
 */
export async function listSessionApplications(
  deps: Deps,
  actor: Actor,
  sessionId: string,
): Promise<SessionApplications> {
  requireScope(actor, 'read');
  const session = await findSessionForApplications(deps.db, sessionId);
  if (!session) throw AppError.notFound('There is no such session.');
  const countries = contactPointCountries(actor);
  let scope: SessionApplications['scope'];
  if (isAdmin(actor)) scope = 'all';
  else if (canDecideForProvider(actor, session.providerId)) scope = 'provider';
  else if (countries === 'all' || countries.length > 0) scope = 'countries';
  else throw AppError.forbidden('Only the provider and the contact points see applications.');

  const rows = await listApplicationsOfSession(deps.db, sessionId, {
    countries: scope === 'countries' && countries !== 'all' ? countries : undefined,
    nominatedOnly: scope === 'provider' && selectionModeOf(session) === 'national',
  });
  await appendAudit(deps.db, {
    action: 'applications-viewed',
    actorId: actor.userId,
    targetType: 'course_session',
    targetId: sessionId,
    details: { scope, count: rows.length },
  });
  return {
    sessionId,
    scope,
    applications: rows.map((row) => ({
      ...presentApplication(row),
      applicant: { id: row.user_id, name: row.applicant_name, email: row.applicant_email },
    })),
  };
}
