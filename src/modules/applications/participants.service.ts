import type { AppDeps } from '../../app-deps.js';
import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Locale } from '../../platform/i18n/index.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { canDecideForProvider } from './applications.policy.js';
import { findSessionSheet, listParticipants, type SessionSheet } from './participants.repo.js';

type Deps = Pick<AppDeps, 'db'>;

export interface SessionParticipants {
  readonly session: SessionSheet;
  readonly participants: readonly { name: string; organisation: string | null; country: string | null }[];
}

/**
 * The people holding a place in a session (accepted, confirmed, attended…), for the attendance
 * sheet and register: its provider's managers and its trainers see them. Each view is audited.
 */
export async function listSessionParticipants(
  deps: Deps,
  actor: Actor,
  sessionId: string,
  language: Locale,
): Promise<SessionParticipants> {
  requireScope(actor, 'read');
  const session = await findSessionSheet(deps.db, sessionId, language);
  if (!session) throw AppError.notFound('There is no such session.');
  if (!canDecideForProvider(actor, session.providerId) && !session.trainerIds.includes(actor.userId)) {
    throw AppError.forbidden('Only the provider’s managers and the session’s trainers see its participants.');
  }
  const participants = await listParticipants(deps.db, sessionId);
  await appendAudit(deps.db, {
    action: 'applications-viewed',
    actorId: actor.userId,
    targetType: 'course_session',
    targetId: sessionId,
    details: { scope: 'participants', count: participants.length },
  });
  return { session, participants };
}
