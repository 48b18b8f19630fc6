import type { AppDeps } from '../../app-deps.js';
import type { Locale } from '../../platform/i18n/index.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import {
  countPlacesTaken,
  findActiveApplication,
  findSessionForApplications,
  lockSession,
} from './applications.repo.js';
import { insertEnrolledApplication } from './enrolment.applications.js';
import {
  findAccountEmail,
  findInvitation,
  findInvitationByTokenHash,
  markInvitationClaimed,
  type InvitationRow,
} from './enrolment.repo.js';
import { hashInvitationToken, isWellFormedToken } from './enrolment.tokens.js';
import { findSessionSheet } from './participants.repo.js';

type Deps = Pick<AppDeps, 'db'>;

/** Why an invitation link no longer works. */
export type ClosedInvitation = 'unknown' | 'expired' | 'claimed';

/** Who opened the link: a visitor, the invited person, someone else, or the invited one unverified. */
export type InvitationViewer = 'visitor' | 'invitee' | 'unverified' | 'other-account';

export interface InvitationView {
  readonly providerName: string;
  readonly courseTitle: string;
  readonly startsAt: string;
  readonly timeZone: string;
  /** The name the provider gave, to greet the person; empty when none. */
  readonly name: string;
  readonly expiresAt: string;
}

export type InvitationPage =
  | { readonly state: ClosedInvitation }
  | { readonly state: 'open'; readonly invitation: InvitationView; readonly viewer: InvitationViewer };

export type ClaimResult =
  ClosedInvitation | 'enrolled' | 'wrong-account' | 'unverified' | 'session-closed' | 'session-full';

/** What the invitation link shows: to whom, by whom, for what, and what the viewer can do with it. */
export async function readInvitation(
  deps: Deps,
  options: { token: string; locale: Locale; actor: Actor | undefined; now?: Date },
): Promise<InvitationPage> {
  const found = await findOpenInvitation(deps, options.token, options.now ?? new Date());
  if (typeof found === 'string') return { state: found };
  const session = await findSessionSheet(deps.db, found.session_id, options.locale);
  if (!session) return { state: 'unknown' };
  return {
    state: 'open',
    viewer: options.actor ? await standingOf(deps, options.actor, found) : 'visitor',
    invitation: {
      providerName: session.providerName,
      courseTitle: session.courseTitle,
      startsAt: session.startsAt,
      timeZone: session.timeZone,
      name: found.name ?? '',
      expiresAt: found.expires_at,
    },
  };
}

/**
 * The invited person takes their place: an application accepted by the provider who invited them,
 * with the session locked so that capacity holds. Someone who applied meanwhile keeps their application.
 */
export async function claimInvitation(
  deps: Deps,
  actor: Actor,
  options: { token: string; now?: Date },
): Promise<ClaimResult> {
  requireScope(actor, 'write');
  const now = options.now ?? new Date();
  const found = await findOpenInvitation(deps, options.token, now);
  if (typeof found === 'string') return found;
  const standing = await standingOf(deps, actor, found);
  if (standing === 'other-account') return 'wrong-account';
  if (standing === 'unverified') return 'unverified';
  return deps.db.transaction().execute(async (trx): Promise<ClaimResult> => {
    await lockSession(trx, found.session_id);
    const invitation = await findInvitation(trx, found.id);
    if (!invitation || invitation.claimed_at) return 'claimed';
    const session = await findSessionForApplications(trx, invitation.session_id);
    if (!session || session.status === 'cancelled') return 'session-closed';
    const claim = { userId: actor.userId, at: now.toISOString() };
    if (await findActiveApplication(trx, session.id, actor.userId)) {
      await markInvitationClaimed(trx, invitation.id, claim);
      return 'enrolled';
    }
    if (session.capacity !== null && (await countPlacesTaken(trx, session.id)) >= session.capacity) {
      return 'session-full';
    }
    await insertEnrolledApplication(trx, {
      sessionId: session.id,
      userId: actor.userId,
      decidedBy: invitation.invited_by_user_id,
      actorId: actor.userId,
      now,
    });
    await markInvitationClaimed(trx, invitation.id, claim);
    return 'enrolled';
  });
}

async function findOpenInvitation(
  deps: Deps,
  token: string,
  now: Date,
): Promise<InvitationRow | ClosedInvitation> {
  if (!isWellFormedToken(token)) return 'unknown';
  const invitation = await findInvitationByTokenHash(deps.db, hashInvitationToken(token));
  if (!invitation) return 'unknown';
  if (invitation.claimed_at) return 'claimed';
  if (Date.parse(invitation.expires_at) <= now.getTime()) return 'expired';
  return invitation;
}

async function standingOf(deps: Deps, actor: Actor, invitation: InvitationRow): Promise<InvitationViewer> {
  const account = await findAccountEmail(deps.db, actor.userId);
  if (!account || account.email.toLowerCase() !== invitation.email) return 'other-account';
  return account.email_verified_at ? 'invitee' : 'unverified';
}
