import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import { AppError } from './app-error.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set to false on routes that authenticate otherwise than by cookie (none yet). */
    csrf?: boolean;
  }
}

export interface SecurityOptions {
  readonly publicUrl: string;
  readonly cookieSecret: string;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Cookies are `__Host-` prefixed and Secure whenever the portal is served over HTTPS. */
export function cookieNaming(publicUrl: string): { secure: boolean; name: (base: string) => string } {
  const secure = publicUrl.startsWith('https://');
  return { secure, name: (base) => (secure ? `__Host-${base}` : base) };
}

/**
 * Security headers (DESIGN.md §6), CSRF tokens on every state-changing form, and an Origin check
 * on the JSON API so that another site cannot drive it with a visitor's cookies.
 */
export async function registerSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  const cookies = cookieNaming(options.publicUrl);
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        ...(cookies.secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: { maxAge: 63_072_000, includeSubDomains: true, preload: false },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  await app.register(cookie, { secret: options.cookieSecret });
  await app.register(csrf, {
    cookieKey: cookies.name('jpcoops-csrf'),
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: cookies.secure, signed: true },
    getToken: (request) => (request.body as Record<string, unknown> | undefined)?._csrf as string | undefined,
  });
  const expectedOrigin = new URL(options.publicUrl).origin;
  app.addHook('preHandler', (request, reply, done) => {
    if (!unsafeMethods.has(request.method) || request.routeOptions.config.csrf === false) return done();
    if (request.url.startsWith('/api/'))
      return checkOrigin(request, expectedOrigin, cookies.name('jpcoops-session'), done);
    app.csrfProtection(request, reply, done);
  });
}

/**
 * The API's CSRF defence. Programs authenticate with bearer tokens, which a foreign site cannot send; a
 * browser call that rides on the session cookie must come from our own origin, which browsers state in
 * `Origin` on every unsafe request.
 */
function checkOrigin(
  request: FastifyRequest,
  expectedOrigin: string,
  sessionCookie: string,
  done: (error?: Error) => void,
): void {
  const origin = request.headers.origin;
  const ridesOnSession =
    !request.headers.authorization && (request.headers.cookie ?? '').includes(`${sessionCookie}=`);
  if ((origin && origin !== expectedOrigin) || (!origin && ridesOnSession)) {
    return done(new AppError('forbidden', 'Cross-origin requests to the API are not accepted.'));
  }
  done();
}

/** The per-response nonce that inline `<script>` and `<style>` elements must carry. */
export function cspNonce(reply: FastifyReply): string {
  return reply.cspNonce.script;
}
