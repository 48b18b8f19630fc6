import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Actor } from './accounts.policy.js';
import { findUserById, listGrants } from './accounts.repo.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is acting: set for a complete session or a valid API token. */
    actor: Actor | undefined;
  }
}

/** What an API token stands for; the API-tokens module answers it. */
export type BearerTokenResolver = (
  db: Kysely<Database>,
  token: string,
) => Promise<{ userId: string; scopes: readonly string[] } | undefined>;

export async function loadActor(
  db: Kysely<Database>,
  userId: string,
  via:
    | { authenticatedBy: 'session'; sessionId: string }
    | { authenticatedBy: 'token'; scopes: readonly string[] },
): Promise<Actor | undefined> {
  const [user, grants] = await Promise.all([findUserById(db, userId), listGrants(db, userId)]);
  if (!user) return undefined;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: user.preferred_language,
    grants,
    hasSecondFactor: user.second_factor_enabled_at !== null,
    authenticatedBy: via.authenticatedBy,
    sessionId: via.authenticatedBy === 'session' ? via.sessionId : undefined,
    tokenScopes: via.authenticatedBy === 'token' ? via.scopes : undefined,
  };
}

/**
 * Resolves `request.actor` from an `Authorization: Bearer` API token, or else from a complete session.
 * A bearer header that does not resolve is refused outright rather than ignored.
 */
export function registerActorResolution(
  app: FastifyInstance,
  options: { db: Kysely<Database>; resolveBearerToken: BearerTokenResolver },
): void {
  app.decorateRequest('actor', undefined);
  const resolve = async (request: FastifyRequest): Promise<void> => {
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ') && request.url.startsWith('/api/')) {
      const resolved = await options.resolveBearerToken(
        options.db,
        authorization.slice('Bearer '.length).trim(),
      );
      if (!resolved)
        throw new AppError('unauthenticated', 'The API token is not valid, has expired or was revoked.');
      request.actor = await loadActor(options.db, resolved.userId, {
        authenticatedBy: 'token',
        scopes: resolved.scopes,
      });
      return;
    }
    const session = request.userSession;
    if (session?.stage !== 'complete') return;
    request.actor = await loadActor(options.db, session.userId, {
      authenticatedBy: 'session',
      sessionId: session.id,
    });
  };
  // Callback style, so that anonymous requests (most of them) cost no promise.
  app.addHook('onRequest', (request, _reply, done) => {
    if (!request.headers.authorization && request.userSession?.stage !== 'complete') return done();
    resolve(request).then(() => done(), done);
  });
}

/** The acting person, or a 401 (an HTML page turns it into a redirect to the sign-in page). */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Please sign in to continue.');
  return request.actor;
}
