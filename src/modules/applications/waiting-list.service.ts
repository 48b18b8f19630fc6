import type { AppDeps } from '../../app-deps.js';
import { offerFreedPlaces, recordMove } from './application-moves.js';
import {
  findSessionForApplications,
  listExpiredOffers,
  listSessionsWithExpiredOffers,
  lockSession,
} from './applications.repo.js';

type Deps = Pick<AppDeps, 'db'>;

/**
 * Offers from the waiting list that were not confirmed in time lapse (the place goes back), and each
 * freed place is offered to the next person on the list. Safe to run again: it only acts on offers
 * expired at `now`. Returns how many offers lapsed and how many new ones were made.
 */
export async function expirePlaceOffers(
  deps: Deps,
  now: Date = new Date(),
): Promise<{ expired: number; offered: number }> {
  const at = now.toISOString();
  let expired = 0;
  let offered = 0;
  for (const sessionId of await listSessionsWithExpiredOffers(deps.db, at)) {
    await deps.db.transaction().execute(async (trx) => {
      await lockSession(trx, sessionId);
      const session = await findSessionForApplications(trx, sessionId);
      if (!session) return;
      for (const application of await listExpiredOffers(trx, sessionId, at)) {
        await recordMove(trx, application, {
          to: 'withdrawn',
          actorUserId: null,
          role: 'platform',
          reason: 'offer-expired',
          now,
        });
        expired += 1;
      }
      offered += await offerFreedPlaces(trx, session, now);
    });
  }
  return { expired, offered };
}
