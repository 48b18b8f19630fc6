import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError, isAppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import { requireActor } from '../accounts/index.js';
import { revokeInputSchema } from './credentials.schema.js';
import { getSessionCredentials, revokeSessionCredential } from './session-credentials.service.js';
import { SessionCredentialsPage, type RevocationForm } from './session-credentials.views.js';

const sessionParams = z.object({ id: z.string().min(1).max(100) });
const revokeParams = sessionParams.extend({ credentialId: z.string().min(1).max(100) });

/**
 * `/{lang}/manage/sessions/{id}/credentials`: the provider's managers (and admins) see the session's
 * certificates and revoke one with a reason. Plain forms with post/redirect/get: works without JavaScript.
 */
export function registerSessionCredentialPages(app: FastifyInstance, deps: WebDeps): void {
  void app.register((scope, _options, done) => {
    // Names of other people: never kept by browsers or proxies.
    scope.addHook('onSend', (_request, reply, payload, hookDone) => {
      reply.header('cache-control', 'no-store');
      hookDone(null, payload);
    });
    registerRoutes(scope, deps);
    done();
  });
}

function registerRoutes(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const send = async (
    request: FastifyRequest,
    reply: FastifyReply,
    sessionId: string,
    options: { form?: RevocationForm; status?: number } = {},
  ) => {
    const ctx = pages.context(request, reply);
    const view = await getSessionCredentials(deps, requireActor(request), {
      sessionId,
      language: ctx.locale,
    });
    const done = (request.query as { done?: unknown } | undefined)?.done;
    const notice = !options.form && done === 'revoked' ? 'credentials.session.revoked' : undefined;
    const page = <SessionCredentialsPage ctx={ctx} view={view} notice={notice} form={options.form} />;
    return pages.send(reply, page, options.status ?? 200);
  };

  app.get('/manage/sessions/:id/credentials', (request, reply) => {
    const parsed = sessionParams.safeParse(request.params);
    if (!parsed.success) throw AppError.notFound();
    return send(request, reply, parsed.data.id);
  });

  app.post('/manage/sessions/:id/credentials/:credentialId/revoke', async (request, reply) => {
    const params = revokeParams.safeParse(request.params);
    if (!params.success) throw AppError.notFound();
    const { id: sessionId, credentialId } = params.data;
    const typed = (request.body as { reason?: unknown } | undefined)?.reason;
    const reason = typeof typed === 'string' ? typed : '';
    const refuse = (error: string) =>
      send(request, reply, sessionId, { form: { credentialId, reason, error }, status: 400 });
    const input = revokeInputSchema.safeParse({ reason });
    if (!input.success) return refuse('credentials.session.reasonRequired');
    try {
      await revokeSessionCredential(deps, requireActor(request), {
        sessionId,
        credentialId,
        reason: input.data.reason,
        language: requestLocale(request),
      });
    } catch (error) {
      if (isAppError(error) && error.code === 'conflict') return refuse('credentials.session.alreadyRevoked');
      throw error;
    }
    return reply.redirect(
      `/${requestLocale(request)}/manage/sessions/${sessionId}/credentials?done=revoked`,
      303,
    );
  });
}
