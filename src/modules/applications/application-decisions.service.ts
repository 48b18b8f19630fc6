import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.js';
import type { Database } from '../../database.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { offerFreedPlaces, recordMove } from './application-moves.js';
import {
  canDecideForProvider,
  canSeeApplication,
  canSelectForCountry,
  isApplicant,
} from './applications.policy.js';
import {
  countPlacesTaken,
  countQuotaUsed,
  findApplication,
  findQuotaPlaces,
  findSessionForApplications,
  lockSession,
  nextWaitlistPosition,
  type ApplicationPatch,
  type ApplicationRow,
  type SessionForApplications,
} from './applications.repo.js';
import { presentApplication, type ApplicationView, type DecisionInput } from './applications.schema.js';
import {
  canMove,
  holdsPlace,
  selectionModeOf,
  type ApplicationStatus,
  type DecidingRole,
} from './applications.states.js';

type Deps = Pick<AppDeps, 'db'>;

/** The moves the API offers, each with the status it leads to and who makes it. */
export const applicationActions = {
  nominate: { to: 'nominated', by: 'contact-point' },
  'not-nominate': { to: 'not-nominated', by: 'contact-point' },
  accept: { to: 'accepted', by: 'provider' },
  reject: { to: 'rejected', by: 'provider' },
  waitlist: { to: 'waitlisted', by: 'provider' },
  confirm: { to: 'confirmed', by: 'applicant' },
  withdraw: { to: 'withdrawn', by: 'applicant' },
} as const satisfies Record<string, { to: ApplicationStatus; by: DecidingRole }>;
export type ApplicationAction = keyof typeof applicationActions;

/**
 * One move on an application by a person: authorisation, then the rules of the move, then the
 * change, its history and audit — with the session locked, so capacity and quotas cannot be overrun.
 */
export async function moveApplication(
  deps: Deps,
  actor: Actor,
  options: { id: string; action: ApplicationAction; input?: DecisionInput; now?: Date },
): Promise<ApplicationView> {
  requireScope(actor, 'write');
  const { to, by } = applicationActions[options.action];
  const now = options.now ?? new Date();
  await deps.db.transaction().execute(async (trx) => {
    const found = await findApplication(trx, options.id);
    const session = found && (await findSessionForApplications(trx, found.session_id));
    // What a person may not see does not exist for them: other countries' applications included.
    if (!found || !session || !canSeeApplication(actor, found, session.providerId)) {
      throw AppError.notFound('There is no such application.');
    }
    authorise(actor, found, session, by);
    await lockSession(trx, session.id);
    const application = (await findApplication(trx, options.id))!;
    const mode = selectionModeOf(session);
    if (!canMove(application.status, to, by, mode)) {
      throw new AppError(
        'invalid-transition',
        `An application that is ${application.status} cannot be moved to ${to}.`,
      );
    }
    const patch = await checkMove(trx, { application, session, to, now, input: options.input });
    await recordMove(trx, application, {
      to,
      actorUserId: actor.userId,
      role: by,
      reason: options.input?.reason ?? null,
      now,
      patch,
    });
    if (holdsPlace(application.status) && !holdsPlace(to)) await offerFreedPlaces(trx, session, now);
  });
  return presentApplication((await findApplication(deps.db, options.id))!);
}

function authorise(
  actor: Actor,
  application: ApplicationRow,
  session: SessionForApplications,
  by: DecidingRole,
): void {
  if (by === 'contact-point' && !canSelectForCountry(actor, application.country)) {
    throw AppError.forbidden('Only the contact point of the applicant’s country selects applicants.');
  }
  if (by === 'provider' && !canDecideForProvider(actor, session.providerId)) {
    throw AppError.forbidden('Only managers of the course’s provider decide on places.');
  }
  if (by === 'applicant' && !isApplicant(actor, application)) {
    throw AppError.forbidden('Only the applicant may do this.');
  }
}

/** Deadlines, quotas and capacity; returns the columns the move sets besides the status. */
async function checkMove(
  trx: Kysely<Database>,
  move: {
    application: ApplicationRow;
    session: SessionForApplications;
    to: ApplicationStatus;
    now: Date;
    input: DecisionInput | undefined;
  },
): Promise<ApplicationPatch> {
  const { application, session, to, now } = move;
  if (to === 'nominated' || to === 'not-nominated') {
    if (session.selectionDeadline && Date.parse(session.selectionDeadline) < now.getTime()) {
      throw new AppError('deadline-passed', 'The selection deadline of this session has passed.');
    }
  }
  if (to === 'nominated') {
    const country = application.country ?? '';
    const places = (await findQuotaPlaces(trx, session.id, country)) ?? 0;
    if ((await countQuotaUsed(trx, session.id, country)) >= places) {
      throw new AppError('quota-full', `All ${places} places of ${country} in this session are nominated.`);
    }
    return { rank: move.input?.rank ?? application.rank };
  }
  if (to === 'accepted' && session.capacity !== null) {
    if ((await countPlacesTaken(trx, session.id)) >= session.capacity) {
      throw new AppError('capacity-full', `All ${session.capacity} places of this session are taken.`);
    }
  }
  if (to === 'waitlisted') return { waitlist_position: await nextWaitlistPosition(trx, session.id) };
  if (to === 'confirmed' && application.offer_expires_at) {
    if (Date.parse(application.offer_expires_at) <= now.getTime()) {
      throw new AppError('offer-expired', 'The time to confirm this offered place has run out.');
    }
  }
  return {};
}
