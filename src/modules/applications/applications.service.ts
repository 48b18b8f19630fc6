import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { AppDeps } from '../../app-deps.js';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { recordMove } from './application-moves.js';
import {
  countPlacesTaken,
  findActiveApplication,
  findApplicantProfile,
  findApplication,
  findQuotaPlaces,
  findSessionForApplications,
  insertApplication,
  insertApplicationEvent,
  lockSession,
  nextWaitlistPosition,
  type SessionForApplications,
} from './applications.repo.js';
import { presentApplication, type ApplicationView, type ApplyInput } from './applications.schema.js';
import { initialStatus, selectionModeOf } from './applications.states.js';

type Deps = Pick<AppDeps, 'db'>;

/** A signed-in person applies to a session for themself. `now` is the clock (tests pass their own). */
export async function applyToSession(
  deps: Deps,
  actor: Actor,
  sessionId: string,
  input: ApplyInput,
  now = new Date(),
): Promise<ApplicationView> {
  requireScope(actor, 'write');
  if (!input.consentShare) {
    throw new AppError(
      'consent-required',
      'An application is shared with the contact point of your country and the provider: please consent to it.',
    );
  }
  const id = uuidv7();
  try {
    await deps.db.transaction().execute(async (trx) => {
      await lockSession(trx, sessionId);
      const session = await getOpenSession(trx, sessionId, now);
      const profile = await findApplicantProfile(trx, actor.userId);
      const mode = selectionModeOf(session);
      const country = profile?.country ?? null;
      if (mode === 'national') await checkCountryHasQuota(trx, sessionId, country);
      if (await findActiveApplication(trx, sessionId, actor.userId)) throw alreadyApplied();
      const hasFreePlace =
        session.capacity === null || (await countPlacesTaken(trx, sessionId)) < session.capacity;
      const status = initialStatus(mode, hasFreePlace);
      const at = now.toISOString();
      await insertApplication(trx, {
        id,
        session_id: sessionId,
        user_id: actor.userId,
        country,
        status: 'submitted',
        motivation: input.motivation,
        profession: input.profession ?? profile?.profession ?? null,
        organisation: input.organisation ?? profile?.organisation_name ?? null,
        position: input.position ?? null,
        consent_share: 1,
        consent_share_at: at,
        rank: null,
        waitlist_position: null,
        offer_expires_at: null,
        created_at: at,
      });
      const event = { applicationId: id, actorUserId: actor.userId, actorRole: 'applicant' as const, at };
      await insertApplicationEvent(trx, {
        ...event,
        id: uuidv7(),
        from: null,
        to: 'submitted',
        reason: null,
      });
      await appendAudit(trx, {
        action: 'application-submitted',
        actorId: actor.userId,
        subjectUserId: actor.userId,
        targetType: 'application',
        targetId: id,
        details: { sessionId, mode },
      });
      if (status === 'submitted') return;
      // Open sessions: the platform decides, in order of application.
      const application = (await findApplication(trx, id))!;
      const patch =
        status === 'waitlisted' ? { waitlist_position: await nextWaitlistPosition(trx, sessionId) } : {};
      await recordMove(trx, application, {
        to: status,
        actorUserId: null,
        role: 'platform',
        reason: 'in-order-of-application',
        now,
        patch,
      });
    });
  } catch (error) {
    // Two requests of the same person racing past the check: the unique index decides.
    if (isUniqueViolation(error)) throw alreadyApplied();
    throw error;
  }
  return presentApplication((await findApplication(deps.db, id))!);
}

/** The session, if it takes applications now; otherwise a problem saying why not. */
async function getOpenSession(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<SessionForApplications> {
  const session = await findSessionForApplications(db, sessionId);
  if (!session || session.courseStatus !== 'published' || session.status === 'cancelled') {
    throw AppError.notFound('There is no such session.');
  }
  if (session.status !== 'open' || Date.parse(session.startsAt) <= now.getTime()) {
    throw new AppError('applications-closed', 'This session does not take applications.');
  }
  if (session.applicationDeadline && Date.parse(session.applicationDeadline) < now.getTime()) {
    throw new AppError('deadline-passed', 'The application deadline of this session has passed.');
  }
  return session;
}

async function checkCountryHasQuota(db: Kysely<Database>, sessionId: string, country: string | null) {
  if (country === null) {
    throw new AppError(
      'country-required',
      'Places in this session are allocated by country: add your country to your profile first.',
    );
  }
  if ((await findQuotaPlaces(db, sessionId, country)) === undefined) {
    throw new AppError(
      'no-quota-for-country',
      'This session has no places for applicants from your country.',
    );
  }
}

const alreadyApplied = () => new AppError('already-applied', 'You have already applied to this session.');

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
