import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { requestLocale } from '../../platform/http/pages.js';
import { MessagePage } from '../../platform/layout/message-page.js';
import { listUserSessions } from '../../platform/sessions/index.js';
import {
  changePassword,
  confirmEmailChange,
  requestEmailChange,
  signOutEverywhere,
} from './account-security.service.js';
import { AccountPage, SecurityPage, type SecurityPageProps } from './account.views.js';
import { requireActor } from './accounts.actor.js';
import { needsSecondFactor } from './accounts.policy.js';
import { changeEmailInputSchema, changePasswordInputSchema } from './accounts.schema.js';

const tokenQuery = z.object({ token: z.string().max(200).catch('') }).catch({ token: '' });

/** `/{lang}/account`, `/account/security` (password, email, sessions) and `/account/email/confirm`. */
export function registerAccountAreaPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;

  const securityPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    props: Partial<SecurityPageProps>,
    status = 200,
  ) => {
    const actor = requireActor(request);
    const sessions = await listUserSessions(deps.db, actor.userId);
    reply.header('cache-control', 'no-store');
    const ctx = pages.context(request, reply);
    return pages.send(
      reply,
      <SecurityPage
        ctx={ctx}
        email={actor.email}
        sessions={sessions}
        currentSessionId={actor.sessionId}
        {...props}
      />,
      status,
    );
  };

  app.get('/account', (request, reply) => {
    const actor = requireActor(request);
    reply.header('cache-control', 'no-store');
    return pages.send(
      reply,
      <AccountPage ctx={pages.context(request, reply)} actor={actor} mustEnrol={needsSecondFactor(actor)} />,
    );
  });

  app.get('/account/security', (request, reply) => {
    const notice = (request.query as Record<string, unknown>).done;
    return securityPage(request, reply, {
      notice:
        typeof notice === 'string' && /^[a-z-]+$/.test(notice)
          ? `accounts.security.done.${notice}`
          : undefined,
    });
  });

  app.post('/account/password', async (request, reply) => {
    const actor = requireActor(request);
    const result = await changePassword(deps, actor, changePasswordInputSchema.parse(request.body ?? {}));
    if (result.outcome === 'invalid')
      return securityPage(request, reply, { passwordErrors: result.errors }, 422);
    // A new password is a change of credentials: the session token rotates too.
    await deps.sessions.start(request, reply, actor.userId, 'complete');
    return reply.redirect(`/${requestLocale(request)}/account/security?done=password`, 303);
  });

  app.post('/account/email', async (request, reply) => {
    const actor = requireActor(request);
    const input = changeEmailInputSchema.parse(request.body ?? {});
    const result = await requestEmailChange(deps, actor, { ...input, locale: requestLocale(request) });
    if (result.outcome === 'invalid')
      return securityPage(request, reply, { emailErrors: result.errors, emailValue: input.email }, 422);
    return reply.redirect(`/${requestLocale(request)}/account/security?done=email`, 303);
  });

  app.get('/account/email/confirm', async (request, reply) => {
    const { token } = tokenQuery.parse(request.query);
    const outcome = token ? await confirmEmailChange(deps, token) : 'expired';
    const ctx = pages.context(request, reply);
    reply.header('cache-control', 'no-store');
    if (outcome === 'changed')
      return pages.send(
        reply,
        <MessagePage ctx={ctx} titleKey="accounts.emailChanged.title" bodyKey="accounts.emailChanged.body" />,
      );
    const bodyKey = outcome === 'taken' ? 'accounts.emailChanged.taken' : 'accounts.linkExpired.body';
    return pages.send(
      reply,
      <MessagePage ctx={ctx} titleKey="accounts.linkExpired.title" bodyKey={bodyKey} />,
      outcome === 'taken' ? 409 : 404,
    );
  });

  app.post('/account/sessions/end-all', async (request, reply) => {
    const actor = requireActor(request);
    await signOutEverywhere(deps, actor);
    await deps.sessions.end(request, reply);
    return reply.redirect(`/${requestLocale(request)}/login`, 303);
  });
}
