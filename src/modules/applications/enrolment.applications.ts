import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import { recordMove } from './application-moves.js';
import {
  findApplicantProfile,
  findApplication,
  insertApplication,
  insertApplicationEvent,
} from './applications.repo.js';

/** The reason on the history of an application a provider enrolled: the applicant reads it. */
export const enrolledByProvider = 'enrolled-by-provider';

/**
 * Gives a person a place the provider decided on: an application inserted as `submitted`, then moved
 * to `accepted` by the provider, so that its history says who decided and why. Call with the session
 * locked, after checking capacity and that the person holds no active application.
 */
export async function insertEnrolledApplication(
  trx: Kysely<Database>,
  enrolment: {
    sessionId: string;
    userId: string;
    /** The provider's manager who enrolled (null once their account is erased). */
    decidedBy: string | null;
    /** Who pressed the button: the manager, or the person claiming an invitation. */
    actorId: string | null;
    now: Date;
  },
): Promise<string> {
  const { sessionId, userId, decidedBy, now } = enrolment;
  const id = uuidv7();
  const at = now.toISOString();
  const profile = await findApplicantProfile(trx, userId);
  await insertApplication(trx, {
    id,
    session_id: sessionId,
    user_id: userId,
    country: profile?.country ?? null,
    status: 'submitted',
    motivation: '',
    profession: profile?.profession ?? null,
    organisation: profile?.organisation_name ?? null,
    position: null,
    // Recorded as given by the provider's act: the provider enrolled the person itself, so the
    // application already is the provider's, and no contact point selects a place decided this way.
    // The column is required, and every list of applications relies on it being set.
    consent_share: 1,
    consent_share_at: at,
    rank: null,
    waitlist_position: null,
    offer_expires_at: null,
    created_at: at,
  });
  await insertApplicationEvent(trx, {
    id: uuidv7(),
    applicationId: id,
    from: null,
    to: 'submitted',
    actorUserId: decidedBy,
    actorRole: 'provider',
    reason: enrolledByProvider,
    at,
  });
  await appendAudit(trx, {
    action: 'application-submitted',
    actorId: enrolment.actorId,
    subjectUserId: userId,
    targetType: 'application',
    targetId: id,
    details: { sessionId, mode: 'enrolment' },
  });
  await recordMove(trx, (await findApplication(trx, id))!, {
    to: 'accepted',
    actorUserId: decidedBy,
    role: 'provider',
    reason: enrolledByProvider,
    now,
  });
  return id;
}
