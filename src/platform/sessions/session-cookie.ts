import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { cookieNaming } from '../http/security.js';
import type { SessionStage } from './sessions.table.js';
import {
  deleteSession,
  findActiveSession,
  insertSession,
  touchSession,
  type ActiveSession,
  type SessionPolicy,
} from './sessions.repo.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The visitor's session, when their cookie names a live one. */
    userSession: ActiveSession | undefined;
  }
}

export interface SessionCookies {
  /** Starts a new session for `userId`, ending the request's current one: the token rotates at every sign-in. */
  start(
    request: FastifyRequest,
    reply: FastifyReply,
    userId: string,
    stage: SessionStage,
  ): Promise<ActiveSession>;
  /** Ends the request's session and clears the cookie. */
  end(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

export interface SessionCookieOptions {
  readonly db: Kysely<Database>;
  readonly publicUrl: string;
  readonly policy: SessionPolicy;
}

/**
 * Sessions live in the database behind a `__Host-` cookie (HttpOnly, Secure, SameSite=Lax) when the
 * portal is served over HTTPS; plain `jpcoops-session` on http://localhost for development.
 */
export function registerSessionCookies(app: FastifyInstance, options: SessionCookieOptions): SessionCookies {
  const naming = cookieNaming(options.publicUrl);
  const cookieName = naming.name('jpcoops-session');
  const cookieOptions = { path: '/', httpOnly: true, secure: naming.secure, sameSite: 'lax' as const };

  app.decorateRequest('userSession', undefined);
  // Callback style, so that the common case — a visitor without a session cookie — costs no promise.
  app.addHook('onRequest', (request, reply, done) => {
    const token = request.cookies[cookieName];
    if (!token) return done();
    findActiveSession(options.db, token, options.policy)
      .then(async (session) => {
        if (!session) {
          reply.clearCookie(cookieName, cookieOptions);
          return;
        }
        request.userSession = session;
        await touchSession(options.db, session);
      })
      .then(() => done(), done);
  });

  return {
    async start(request, reply, userId, stage) {
      if (request.userSession) await deleteSession(options.db, request.userSession.id);
      const userAgent = request.headers['user-agent'] ?? '';
      const { token } = await insertSession(options.db, { userId, stage, userAgent }, options.policy);
      const session = await findActiveSession(options.db, token, options.policy);
      if (!session) throw new Error('A new session could not be read back');
      reply.setCookie(cookieName, token, cookieOptions);
      request.userSession = session;
      return session;
    },
    async end(request, reply) {
      if (request.userSession) await deleteSession(options.db, request.userSession.id);
      request.userSession = undefined;
      reply.clearCookie(cookieName, cookieOptions);
    },
  };
}
