import { appendAudit } from '../../platform/audit/index.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from '../accounts/index.js';
import { requireScope } from '../api-tokens/index.js';
import { canRevokeCredential } from './credentials.policy.js';
import { revokeCredential, type CredentialDeps } from './credentials.service.js';
import {
  findCredentialSession,
  listSessionCredentials,
  type CredentialSession,
  type SessionCredential,
} from './session-credentials.repo.js';

export interface SessionCredentials {
  readonly session: CredentialSession;
  readonly credentials: readonly SessionCredential[];
}

/**
 * The credentials issued for a session's completions, for the managers of its course's provider and
 * admins: names of other people, so each view is audited. Others learn nothing (404).
 */
export async function getSessionCredentials(
  deps: Pick<CredentialDeps, 'db'>,
  actor: Actor,
  input: { sessionId: string; language: string },
): Promise<SessionCredentials> {
  requireScope(actor, 'read');
  const session = await authorisedSession(deps, actor, input);
  const credentials = await listSessionCredentials(deps.db, session.id);
  await appendAudit(deps.db, {
    action: 'applications-viewed',
    actorId: actor.userId,
    targetType: 'course_session',
    targetId: session.id,
    details: { scope: 'session-credentials', count: credentials.length },
  });
  return { session, credentials };
}

/** Revokes one of the session's credentials: the credential must belong to the session. */
export async function revokeSessionCredential(
  deps: CredentialDeps,
  actor: Actor,
  input: { sessionId: string; credentialId: string; reason: string; language: string },
): Promise<void> {
  const session = await authorisedSession(deps, actor, input);
  const credentials = await listSessionCredentials(deps.db, session.id);
  if (!credentials.some((credential) => credential.id === input.credentialId)) {
    throw AppError.notFound('There is no such credential for this session.');
  }
  await revokeCredential(deps, actor, { id: input.credentialId, reason: input.reason });
}

async function authorisedSession(
  deps: Pick<CredentialDeps, 'db'>,
  actor: Actor,
  input: { sessionId: string; language: string },
): Promise<CredentialSession> {
  const session = await findCredentialSession(deps.db, input.sessionId, input.language);
  if (!session || !canRevokeCredential(actor, session.providerId)) {
    throw AppError.notFound('There is no such session.');
  }
  return session;
}
