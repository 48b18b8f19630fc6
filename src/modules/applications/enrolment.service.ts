import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { AppDeps } from '../../app-deps.js';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Locale } from '../../platform/i18n/index.js';
import { enqueue } from '../../platform/jobs/index.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { canDecideForProvider } from './applications.policy.js';
import {
  countPlacesTaken,
  findSessionForApplications,
  lockSession,
  type SessionForApplications,
} from './applications.repo.js';
import { insertEnrolledApplication } from './enrolment.applications.js';
import type { EnrolmentRow } from './enrolment.parse.js';
import {
  countOutcomes,
  planEnrolment,
  validEmailsOf,
  type EnrolmentCounts,
  type PlannedRow,
} from './enrolment.plan.js';
import {
  findAccountsByEmails,
  findActiveApplicants,
  findPendingInvitationEmails,
  insertInvitation,
} from './enrolment.repo.js';
import { invitationLifetimeMs } from './enrolment.tokens.js';
import { findSessionSheet } from './participants.repo.js';

type Deps = Pick<AppDeps, 'db' | 'jobs'>;

/** What an enrolment does (preview) or did (commit), row by row. */
export interface EnrolmentReport {
  readonly sessionId: string;
  readonly rows: readonly PlannedRow[];
  readonly counts: EnrolmentCounts;
  /** Places left before the enrolment; null when the session has no capacity limit. */
  readonly freePlaces: number | null;
  /** More people to enrol than free places: nothing can be committed. */
  readonly isOverCapacity: boolean;
  readonly committed: boolean;
}

export interface EnrolmentCommand {
  readonly sessionId: string;
  readonly rows: readonly EnrolmentRow[];
  readonly now?: Date;
}

/**
 * The session, if `actor` manages its course's provider. Enrolment bypasses applications and
 * selection (the provider decides), but never a cancelled session.
 */
export async function getEnrolmentSession(
  db: Kysely<Database>,
  actor: Actor,
  sessionId: string,
): Promise<SessionForApplications> {
  const session = await findSessionForApplications(db, sessionId);
  if (!session) throw AppError.notFound('There is no such session.');
  if (!canDecideForProvider(actor, session.providerId)) {
    throw AppError.forbidden('Only managers of the course’s provider enrol participants.');
  }
  if (session.status === 'cancelled') {
    throw new AppError('applications-closed', 'This session is cancelled: nobody can be enrolled.');
  }
  return session;
}

/** What enrolling these rows would do; writes nothing but the audit of what the manager saw. */
export async function previewEnrolment(
  deps: Deps,
  actor: Actor,
  command: EnrolmentCommand,
): Promise<EnrolmentReport> {
  requireScope(actor, 'read');
  const session = await getEnrolmentSession(deps.db, actor, command.sessionId);
  const report = await planFor(deps.db, session, command);
  // The preview tells which addresses have an account and an application: a view of personal data.
  await appendAudit(deps.db, {
    action: 'applications-viewed',
    actorId: actor.userId,
    targetType: 'course_session',
    targetId: session.id,
    details: { scope: 'enrolment-preview', rows: report.rows.length },
  });
  return report;
}

/**
 * Enrols the rows, all or nothing, with the session locked: accounts get an accepted application,
 * unknown addresses an invitation mailed by a job in the uploader's language. Doing it again with the
 * same rows changes nothing. Invalid rows or too few free places refuse the whole file.
 */
export async function commitEnrolment(
  deps: Deps,
  actor: Actor,
  command: EnrolmentCommand & { readonly locale: Locale },
): Promise<EnrolmentReport> {
  requireScope(actor, 'write');
  await getEnrolmentSession(deps.db, actor, command.sessionId);
  const now = command.now ?? new Date();
  return deps.db.transaction().execute(async (trx) => {
    await lockSession(trx, command.sessionId);
    const session = await getEnrolmentSession(trx, actor, command.sessionId);
    const report = await planFor(trx, session, { ...command, now });
    refuseUnlessCommittable(report);
    for (const row of report.rows) {
      if (row.outcome === 'enrol') {
        await insertEnrolledApplication(trx, {
          sessionId: session.id,
          userId: row.userId!,
          decidedBy: actor.userId,
          actorId: actor.userId,
          now,
        });
      } else if (row.outcome === 'invite') {
        await invite(deps, trx, { actor, session, row, now, locale: command.locale });
      }
    }
    await appendAudit(trx, {
      action: 'participants-enrolled',
      actorId: actor.userId,
      targetType: 'course_session',
      targetId: session.id,
      details: countsForAudit(report.counts),
    });
    return { ...report, committed: true };
  });
}

async function planFor(
  db: Kysely<Database>,
  session: SessionForApplications,
  command: EnrolmentCommand,
): Promise<EnrolmentReport> {
  const emails = validEmailsOf(command.rows);
  const accounts = await findAccountsByEmails(db, emails);
  const userIds = [...accounts.values()].map((account) => account.id);
  // One after the other: `db` may be the transaction holding the session's lock.
  const activeApplicants = await findActiveApplicants(db, session.id, userIds);
  const now = (command.now ?? new Date()).toISOString();
  const pendingInvitations = await findPendingInvitationEmails(db, session.id, emails, now);
  const placesTaken = await countPlacesTaken(db, session.id);
  const rows = planEnrolment(command.rows, { accounts, activeApplicants, pendingInvitations });
  const counts = countOutcomes(rows);
  const freePlaces = session.capacity === null ? null : Math.max(0, session.capacity - placesTaken);
  return {
    sessionId: session.id,
    rows,
    counts,
    freePlaces,
    isOverCapacity: freePlaces !== null && counts.enrol > freePlaces,
    committed: false,
  };
}

function refuseUnlessCommittable(report: EnrolmentReport): void {
  const invalid = report.rows.filter((row) => row.outcome === 'invalid');
  if (invalid.length > 0) {
    throw new AppError(
      'validation-failed',
      'Some rows are not valid: nothing was enrolled. Correct them and send the list again.',
      invalid.map((row) => ({
        field: `row ${row.row}`,
        message: row.invalidReason === 'duplicate' ? 'repeats an earlier address' : 'is not an email address',
      })),
    );
  }
  if (report.isOverCapacity) {
    throw new AppError(
      'capacity-full',
      `${report.counts.enrol} people to enrol, but ${report.freePlaces} places are free: nothing was enrolled.`,
    );
  }
}

async function invite(
  deps: Deps,
  trx: Kysely<Database>,
  invitation: { actor: Actor; session: SessionForApplications; row: PlannedRow; now: Date; locale: Locale },
): Promise<void> {
  const id = uuidv7();
  await insertInvitation(trx, {
    id,
    session_id: invitation.session.id,
    email: invitation.row.email,
    name: invitation.row.name || null,
    invited_by_user_id: invitation.actor.userId,
    created_at: invitation.now.toISOString(),
    expires_at: new Date(invitation.now.getTime() + invitationLifetimeMs).toISOString(),
  });
  // The job gets the id only: it makes the token when it mails the link.
  await enqueue(trx, deps.jobs.enrolment.sendInvitation, { invitationId: id, locale: invitation.locale });
}

const countsForAudit = (counts: EnrolmentCounts) => ({
  enrolled: counts.enrol,
  unchanged: counts.unchanged,
  invited: counts.invite,
  alreadyInvited: counts['already-invited'],
});

/** The session as the enrolment pages head it, with its free places. */
export async function describeEnrolmentSession(
  deps: Pick<AppDeps, 'db'>,
  actor: Actor,
  options: { sessionId: string; locale: Locale },
): Promise<EnrolmentSessionView> {
  requireScope(actor, 'read');
  const session = await getEnrolmentSession(deps.db, actor, options.sessionId);
  const sheet = await findSessionSheet(deps.db, session.id, options.locale);
  if (!sheet) throw AppError.notFound('There is no such session.');
  const placesTaken = await countPlacesTaken(deps.db, session.id);
  return {
    id: session.id,
    courseTitle: sheet.courseTitle,
    providerName: sheet.providerName,
    startsAt: sheet.startsAt,
    timeZone: sheet.timeZone,
    capacity: session.capacity,
    freePlaces: session.capacity === null ? null : Math.max(0, session.capacity - placesTaken),
  };
}

export interface EnrolmentSessionView {
  readonly id: string;
  readonly courseTitle: string;
  readonly providerName: string;
  readonly startsAt: string;
  readonly timeZone: string;
  readonly capacity: number | null;
  readonly freePlaces: number | null;
}
