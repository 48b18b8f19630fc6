import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import { appendAudit } from '../../platform/audit/index.js';
import { MessagePage } from '../../platform/layout/message-page.js';
import { registerAccountAreaPages } from './account-area.pages.js';
import {
  emailOnlyInputSchema,
  newPasswordInputSchema,
  registrationInputSchema,
  safeNextPath,
  signInInputSchema,
} from './accounts.schema.js';
import { isResetLinkUsable, requestPasswordReset, resetPassword } from './password-reset.service.js';
import { RegisterPage } from './registration.views.js';
import { registerAccount, resendVerification, verifyEmail } from './registration.service.js';
import { checkPassword } from './sign-in.service.js';
import { NewPasswordPage, PasswordResetRequestPage, SignInPage } from './sign-in.views.js';

const tokenQuery = z.object({ token: z.string().max(200).catch('') }).catch({ token: '' });
const nextQuery = z.object({ next: z.string().max(2000).optional().catch(undefined) }).catch({});

/** Over a limit, a form comes back with what was typed and says to wait (429). */
function isRateLimited(error: unknown): error is AppError {
  return error instanceof AppError && error.code === 'rate-limited';
}

/** `/{lang}/register`, `/login`, `/logout`, `/verify-email`, `/password-reset…`, and the account area. */
export function registerAccountPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const organisations = () =>
    deps.db.selectFrom('organisation').select(['id', 'name']).orderBy('name').execute();
  const tooMany = (reply: FastifyReply, error: AppError) =>
    reply.status(429).header('retry-after', String(error.details.retryAfterSeconds ?? 60));

  app.get('/register', async (request, reply) =>
    pages.send(
      reply,
      <RegisterPage
        ctx={pages.context(request, reply)}
        values={{ preferredLanguages: [] }}
        errors={{}}
        organisations={await organisations()}
      />,
    ),
  );

  app.post('/register', async (request, reply) => {
    const input = registrationInputSchema.parse(request.body ?? {});
    const locale = requestLocale(request);
    const result = await registerAccount(deps, { input, locale, clientAddress: request.ip }).catch(
      (error: unknown) => {
        if (isRateLimited(error)) return { outcome: 'rate-limited' as const, error };
        throw error;
      },
    );
    if (result.outcome === 'check-email') return reply.redirect(`/${locale}/register/check-email`, 303);
    const ctx = pages.context(request, reply);
    const errors = result.outcome === 'invalid' ? result.errors : { email: 'accounts.error.rateLimited' };
    if (result.outcome === 'rate-limited') tooMany(reply, result.error);
    const page = (
      <RegisterPage
        ctx={ctx}
        values={{ ...input, password: '' }}
        errors={errors}
        organisations={await organisations()}
      />
    );
    return pages.send(reply, page, result.outcome === 'invalid' ? 422 : 429);
  });

  app.get('/register/check-email', (request, reply) =>
    pages.send(
      reply,
      <MessagePage
        ctx={pages.context(request, reply)}
        titleKey="accounts.checkEmail.title"
        bodyKey="accounts.checkEmail.body"
      />,
    ),
  );

  app.get('/verify-email', async (request, reply) => {
    const { token } = tokenQuery.parse(request.query);
    const ctx = pages.context(request, reply);
    reply.header('cache-control', 'no-store');
    if (!token || !(await verifyEmail(deps, token))) {
      return pages.send(
        reply,
        <MessagePage ctx={ctx} titleKey="accounts.linkExpired.title" bodyKey="accounts.linkExpired.body" />,
        404,
      );
    }
    return reply.redirect(`/${ctx.locale}/login?verified=1`, 303);
  });

  app.post('/verify-email/resend', async (request, reply) => {
    const { email } = emailOnlyInputSchema.parse(request.body ?? {});
    const ctx = pages.context(request, reply);
    try {
      await resendVerification(deps, { email: email ?? '', locale: ctx.locale, clientAddress: request.ip });
    } catch (error) {
      if (!isRateLimited(error)) throw error;
      tooMany(reply, error);
    }
    return pages.send(
      reply,
      <MessagePage ctx={ctx} titleKey="accounts.checkEmail.title" bodyKey="accounts.checkEmail.resent" />,
      reply.statusCode === 429 ? 429 : 200,
    );
  });

  registerSignIn(app, deps);
  registerPasswordReset(app, deps);
  registerAccountAreaPages(app, deps);
}

function registerSignIn(app: FastifyInstance, deps: WebDeps): void {
  const { pages, sessions } = deps;
  app.get('/login', (request, reply) => {
    const { next } = nextQuery.parse(request.query);
    const notice = (request.query as Record<string, unknown>).verified
      ? 'accounts.signIn.verified'
      : undefined;
    return pages.send(reply, <SignInPage ctx={pages.context(request, reply)} next={next} notice={notice} />);
  });

  app.post('/login', async (request, reply) => {
    const input = signInInputSchema.parse(request.body ?? {});
    const locale = requestLocale(request);
    const next = safeNextPath(input.next, `/${locale}/account`);
    const attempt = await checkPassword(deps, {
      email: input.email ?? '',
      password: input.password ?? '',
      clientAddress: request.ip,
    }).catch((error: unknown) => {
      if (isRateLimited(error)) return { outcome: 'rate-limited' as const, error };
      throw error;
    });
    if (attempt.outcome === 'authenticated') {
      if (attempt.needsSecondFactorCode) {
        await sessions.start(request, reply, attempt.userId, 'pending-second-factor');
        return reply.redirect(`/${locale}/login/second-factor?next=${encodeURIComponent(next)}`, 303);
      }
      await sessions.start(request, reply, attempt.userId, 'complete');
      return reply.redirect(attempt.mustEnrolSecondFactor ? `/${locale}/account/two-factor` : next, 303);
    }
    const ctx = pages.context(request, reply);
    const view = (formError: string | undefined, status: number, isUnverified = false) =>
      pages.send(
        reply,
        <SignInPage
          ctx={ctx}
          email={input.email}
          next={input.next}
          formError={formError}
          isUnverified={isUnverified}
        />,
        status,
      );
    if (attempt.outcome === 'unverified') return view(undefined, 403, true);
    if (attempt.outcome === 'rate-limited') {
      reply.header('retry-after', String(attempt.error.details.retryAfterSeconds ?? 60));
      return view('accounts.error.tooManySignIns', 429);
    }
    return view('accounts.error.signInRejected', 401);
  });

  app.post('/logout', async (request: FastifyRequest, reply) => {
    if (request.userSession) {
      await appendAudit(deps.db, {
        action: 'sign-out',
        actorId: request.userSession.userId,
        subjectUserId: request.userSession.userId,
      });
    }
    await sessions.end(request, reply);
    return reply.redirect(`/${requestLocale(request)}`, 303);
  });
}

function registerPasswordReset(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  app.get('/password-reset', (request, reply) =>
    pages.send(reply, <PasswordResetRequestPage ctx={pages.context(request, reply)} />),
  );

  app.post('/password-reset', async (request, reply) => {
    const { email } = emailOnlyInputSchema.parse(request.body ?? {});
    const ctx = pages.context(request, reply);
    if (!email?.trim()) {
      return pages.send(
        reply,
        <PasswordResetRequestPage ctx={ctx} errors={{ email: 'accounts.error.emailRequired' }} />,
        422,
      );
    }
    try {
      await requestPasswordReset(deps, { email, locale: ctx.locale, clientAddress: request.ip });
    } catch (error) {
      if (!isRateLimited(error)) throw error;
      reply.header('retry-after', String(error.details.retryAfterSeconds ?? 3600));
      return pages.send(
        reply,
        <PasswordResetRequestPage ctx={ctx} email={email} errors={{ email: 'accounts.error.rateLimited' }} />,
        429,
      );
    }
    return pages.send(
      reply,
      <MessagePage ctx={ctx} titleKey="accounts.reset.sentTitle" bodyKey="accounts.reset.sentBody" />,
    );
  });

  app.get('/password-reset/new', async (request, reply) => {
    const { token } = tokenQuery.parse(request.query);
    const ctx = pages.context(request, reply);
    reply.header('cache-control', 'no-store');
    if (!token || !(await isResetLinkUsable(deps, token))) {
      return pages.send(
        reply,
        <MessagePage ctx={ctx} titleKey="accounts.linkExpired.title" bodyKey="accounts.linkExpired.body" />,
        404,
      );
    }
    return pages.send(reply, <NewPasswordPage ctx={ctx} token={token} />);
  });

  app.post('/password-reset/new', async (request, reply) => {
    const input = newPasswordInputSchema.parse(request.body ?? {});
    const token = input.token ?? '';
    const result = await resetPassword(deps, {
      token,
      password: input.password ?? '',
      passwordConfirmation: input.passwordConfirmation ?? '',
    });
    const ctx = pages.context(request, reply);
    if (result.outcome === 'invalid')
      return pages.send(reply, <NewPasswordPage ctx={ctx} token={token} errors={result.errors} />, 422);
    if (result.outcome === 'expired') {
      return pages.send(
        reply,
        <MessagePage ctx={ctx} titleKey="accounts.linkExpired.title" bodyKey="accounts.linkExpired.body" />,
        404,
      );
    }
    await deps.sessions.end(request, reply);
    return pages.send(reply, <SignInPage ctx={ctx} notice="accounts.newPassword.done" />);
  });
}
