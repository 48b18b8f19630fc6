import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../database.js';
import { appendAudit } from '../../platform/audit/index.js';
import {
  countPlacesTaken,
  findFirstWaitlisted,
  insertApplicationEvent,
  updateApplication,
  type ApplicationPatch,
  type ApplicationRow,
  type SessionForApplications,
} from './applications.repo.js';
import type { ApplicationStatus, DecidingRole } from './applications.states.js';

type Db = Kysely<Database>;

/** How long a person offered a freed place from the waiting list has to confirm it. */
export const placeOfferHours = 48;

export interface Move {
  readonly to: ApplicationStatus;
  readonly actorUserId: string | null;
  readonly role: DecidingRole;
  readonly reason: string | null;
  readonly now: Date;
  /** Other columns changed with the status. */
  readonly patch?: ApplicationPatch;
}

/**
 * Writes one change of status: the row, its history and the audit log, in the caller's transaction.
 * Leaving the waiting list or an offer clears their columns unless the move sets them.
 */
export async function recordMove(trx: Db, application: ApplicationRow, move: Move): Promise<void> {
  const at = move.now.toISOString();
  await updateApplication(
    trx,
    application.id,
    { waitlist_position: null, offer_expires_at: null, ...move.patch, status: move.to },
    at,
  );
  await insertApplicationEvent(trx, {
    id: uuidv7(),
    applicationId: application.id,
    from: application.status,
    to: move.to,
    actorUserId: move.actorUserId,
    actorRole: move.role,
    reason: move.reason,
    at,
  });
  await appendAudit(trx, {
    action: 'application-status-changed',
    actorId: move.actorUserId,
    subjectUserId: application.user_id,
    targetType: 'application',
    targetId: application.id,
    details: { sessionId: application.session_id, from: application.status, to: move.to, by: move.role },
  });
}

/**
 * Offers each free place to the first person on the waiting list, with `placeOfferHours` to confirm
 * it, until the places or the list run out. Call with the session locked.
 */
export async function offerFreedPlaces(trx: Db, session: SessionForApplications, now: Date): Promise<number> {
  if (session.capacity === null) return 0;
  let offered = 0;
  while ((await countPlacesTaken(trx, session.id)) < session.capacity) {
    const next = await findFirstWaitlisted(trx, session.id);
    if (!next) break;
    const expiresAt = new Date(now.getTime() + placeOfferHours * 3_600_000).toISOString();
    await recordMove(trx, next, {
      to: 'accepted',
      actorUserId: null,
      role: 'platform',
      reason: 'place-offered',
      now,
      patch: { offer_expires_at: expiresAt },
    });
    offered += 1;
  }
  return offered;
}
