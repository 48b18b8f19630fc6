import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import { verifySecondFactorSignIn } from './second-factor.service.js';
import { SecondFactorPage, type SecondFactorPageProps } from './second-factor.views.js';
import { nextQuerySchema, safeNextPath, secondFactorFormSchema } from './two-factor.schema.js';

/**
 * `/{lang}/login/second-factor`: the step after a right password. The sign-in page leaves a session at
 * the `pending-second-factor` stage and sends the person here with `?next=`; only a right code turns it
 * into a complete session (with a new token).
 */
export function registerSecondFactorPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const pendingUserId = (request: FastifyRequest) =>
    request.userSession?.stage === 'pending-second-factor' ? request.userSession.userId : undefined;
  const fallback = (request: FastifyRequest) => `/${requestLocale(request)}/account`;

  function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    props: Omit<SecondFactorPageProps, 'ctx'>,
    status = 200,
  ) {
    reply.header('cache-control', 'no-store');
    const ctx = deps.pages.context(request, reply);
    return pages.send(reply, <SecondFactorPage ctx={ctx} {...props} />, status);
  }

  function restartSignIn(request: FastifyRequest, reply: FastifyReply, next: string) {
    const login = `/${requestLocale(request)}/login`;
    const path = safeNextPath(next, '');
    return reply.redirect(path ? `${login}?next=${encodeURIComponent(path)}` : login, 303);
  }

  app.get('/login/second-factor', (request, reply) => {
    const { next } = nextQuerySchema.parse(request.query);
    if (!pendingUserId(request)) return restartSignIn(request, reply, next);
    return sendForm(request, reply, { next: safeNextPath(next, fallback(request)) });
  });

  app.post('/login/second-factor', async (request, reply) => {
    const form = secondFactorFormSchema.parse(request.body);
    const next = safeNextPath(form.next || nextQuerySchema.parse(request.query).next, fallback(request));
    const userId = pendingUserId(request);
    if (!userId) return restartSignIn(request, reply, next);
    const field = form.recoveryCode.trim() ? 'recoveryCode' : 'code';
    const result = await verifySecondFactorSignIn(deps, {
      userId,
      code: field === 'code' ? form.code : form.recoveryCode,
    }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'rate-limited')
        return { outcome: 'limited' as const, error };
      throw error;
    });
    if (result.outcome === 'limited') {
      reply.header('retry-after', String(result.error.details.retryAfterSeconds ?? 900));
      return sendForm(request, reply, { next, formError: 'twoFactor.signIn.error.rateLimited' }, 429);
    }
    if (result.outcome === 'invalid') {
      return sendForm(request, reply, { next, failed: { field, message: result.error } }, 422);
    }
    await deps.sessions.start(request, reply, userId, 'complete');
    return reply.redirect(next, 303);
  });
}
