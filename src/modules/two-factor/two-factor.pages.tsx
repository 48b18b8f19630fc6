import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { requestLocale } from '../../platform/http/pages.js';
import { requireActor } from '../accounts/index.js';
import { renderQrCodeSvg } from './qr-code.js';
import {
  codeFormSchema,
  disableFormSchema,
  type TwoFactorFieldErrors,
  type TwoFactorFormName,
} from './two-factor.schema.js';
import {
  confirmEnrolment,
  disableTwoFactor,
  getTwoFactorStatus,
  regenerateRecoveryCodes,
  startEnrolment,
} from './two-factor.service.js';
import { RecoveryCodesPage, TwoFactorPage } from './two-factor.views.js';

/** `/{lang}/account/two-factor`: enrol, regenerate recovery codes, switch off. Every answer is `no-store`. */
export function registerTwoFactorAccountPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const here = (request: FastifyRequest) => `/${requestLocale(request)}/account/two-factor`;

  async function sendStatusPage(
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      failed?: { form: TwoFactorFormName; errors: TwoFactorFieldErrors };
      notice?: string;
      status?: number;
    },
  ) {
    const actor = requireActor(request);
    const status = await getTwoFactorStatus(deps, actor);
    const ctx = pages.context(request, reply);
    const qrSvg = status.enrolment
      ? await renderQrCodeSvg(status.enrolment.uri, ctx.t('twoFactor.setup.qrLabel'))
      : undefined;
    reply.header('cache-control', 'no-store');
    const page = (
      <TwoFactorPage
        ctx={ctx}
        status={status}
        qrSvg={qrSvg}
        failed={options.failed}
        notice={options.notice}
      />
    );
    return pages.send(reply, page, options.status);
  }

  function sendRecoveryCodes(
    request: FastifyRequest,
    reply: FastifyReply,
    codes: string[],
    reason: 'enabled' | 'regenerated',
  ) {
    reply.header('cache-control', 'no-store');
    return pages.send(
      reply,
      <RecoveryCodesPage ctx={pages.context(request, reply)} codes={codes} reason={reason} />,
    );
  }

  app.get('/account/two-factor', (request, reply) => {
    const { changed } = request.query as { changed?: unknown };
    return sendStatusPage(request, reply, {
      notice: changed === 'disabled' ? 'twoFactor.notice.disabled' : undefined,
    });
  });

  app.post('/account/two-factor/setup', async (request, reply) => {
    await startEnrolment(deps, requireActor(request));
    return reply.redirect(here(request), 303);
  });

  app.post('/account/two-factor/confirm', async (request, reply) => {
    const actor = requireActor(request);
    const result = await confirmEnrolment(deps, actor, codeFormSchema.parse(request.body));
    if (result.outcome === 'invalid') {
      return sendStatusPage(request, reply, {
        failed: { form: 'confirm', errors: result.errors },
        status: 422,
      });
    }
    // A privilege change: the session token rotates.
    await deps.sessions.start(request, reply, actor.userId, 'complete');
    return sendRecoveryCodes(request, reply, result.recoveryCodes, 'enabled');
  });

  app.post('/account/two-factor/recovery-codes', async (request, reply) => {
    const result = await regenerateRecoveryCodes(
      deps,
      requireActor(request),
      codeFormSchema.parse(request.body),
    );
    if (result.outcome === 'invalid') {
      return sendStatusPage(request, reply, {
        failed: { form: 'regenerate', errors: result.errors },
        status: 422,
      });
    }
    return sendRecoveryCodes(request, reply, result.recoveryCodes, 'regenerated');
  });

  app.post('/account/two-factor/disable', async (request, reply) => {
    const result = await disableTwoFactor(deps, requireActor(request), disableFormSchema.parse(request.body));
    if (result.outcome === 'required-by-role') return sendStatusPage(request, reply, { status: 403 });
    if (result.outcome === 'invalid') {
      return sendStatusPage(request, reply, {
        failed: { form: 'disable', errors: result.errors },
        status: 422,
      });
    }
    return reply.redirect(`${here(request)}?changed=disabled`, 303);
  });
}
