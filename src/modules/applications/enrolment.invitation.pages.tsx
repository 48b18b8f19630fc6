import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { requestLocale } from '../../platform/http/pages.js';
import { requireActor } from '../accounts/index.js';
import { claimInvitation, readInvitation } from './enrolment.claim.js';
import { InvitationPage, InvitationProblemPage, invitationProblems } from './enrolment.invitation.views.js';

const tokenParams = z.object({ token: z.string().max(100) }).catch({ token: '' });

/** `/{lang}/enrolment/:token`: the link an invited person gets by email, and their "take my place". */
export function registerEnrolmentInvitationPages(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const tokenOf = (request: FastifyRequest) => tokenParams.parse(request.params).token;
  const pathOf = (request: FastifyRequest) => `/${requestLocale(request)}/enrolment/${tokenOf(request)}`;

  app.get('/enrolment/:token', async (request, reply) => {
    // The token is in the address: it must not travel on to other sites or stay in caches.
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    const ctx = pages.context(request, reply);
    const found = await readInvitation(deps, {
      token: tokenOf(request),
      locale: ctx.locale,
      actor: request.actor,
    });
    if (found.state !== 'open') {
      return pages.send(
        reply,
        <InvitationProblemPage ctx={ctx} problem={found.state} />,
        invitationProblems[found.state].status,
      );
    }
    const status = found.viewer === 'other-account' || found.viewer === 'unverified' ? 403 : 200;
    const page = (
      <InvitationPage ctx={ctx} invitation={found.invitation} viewer={found.viewer} path={pathOf(request)} />
    );
    return pages.send(reply, page, status);
  });

  app.post('/enrolment/:token', async (request, reply) => {
    const result = await claimInvitation(deps, requireActor(request), { token: tokenOf(request) });
    if (result === 'enrolled') return reply.redirect(`/${requestLocale(request)}/account/applications`, 303);
    reply.header('cache-control', 'no-store');
    const ctx = pages.context(request, reply);
    return pages.send(
      reply,
      <InvitationProblemPage ctx={ctx} problem={result} />,
      invitationProblems[result].status,
    );
  });
}
