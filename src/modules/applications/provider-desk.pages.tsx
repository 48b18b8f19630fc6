import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { requestLocale } from '../../platform/http/pages.js';
import { requireActor } from '../accounts/index.js';
import { getProviderDesk } from './provider-desk.service.js';
import { ProviderDeskPage, type ProviderDeskPageProps } from './provider-desk.views.js';
import { deskNoticeOf, decideFromDesk, parseDeskParams, registerNoStore } from './selection-desk.http.js';

type PageExtras = Omit<ProviderDeskPageProps, 'ctx' | 'desk'>;

const id = z.string().min(1).max(100);
const sessionParams = z.object({ id });
const applicationParams = z.object({ id, appId: id });

/**
 * `/{lang}/manage/sessions/{id}/applications…`: the provider's desk of one session: who waits for a
 * decision, who holds a place, the waiting list in order, and the decisions themselves.
 */
export function registerProviderDeskPages(app: FastifyInstance, deps: WebDeps): void {
  void app.register((scope, _options, done) => {
    registerNoStore(scope);
    registerRoutes(scope, deps);
    done();
  });
}

function registerRoutes(app: FastifyInstance, deps: WebDeps): void {
  const { pages } = deps;
  const sendDesk = async (request: FastifyRequest, reply: FastifyReply, extras: PageExtras, status = 200) => {
    const { id: sessionId } = parseDeskParams(sessionParams, request);
    const ctx = pages.context(request, reply);
    const desk = await getProviderDesk(deps, requireActor(request), { sessionId, locale: ctx.locale });
    return pages.send(reply, <ProviderDeskPage ctx={ctx} desk={desk} {...extras} />, status);
  };

  app.get('/manage/sessions/:id/applications', (request, reply) =>
    sendDesk(request, reply, { notice: deskNoticeOf(request) }),
  );

  for (const action of ['accept', 'reject', 'waitlist'] as const) {
    app.post(`/manage/sessions/:id/applications/:appId/${action}`, async (request, reply) => {
      const { id: sessionId, appId } = parseDeskParams(applicationParams, request);
      const path = `/manage/sessions/${sessionId}/applications?done=${action}#application-${appId}`;
      return decideFromDesk(
        deps,
        request,
        reply,
        { sessionId, applicationId: appId, action, donePath: `/${requestLocale(request)}${path}` },
        (refusal, status) => sendDesk(request, reply, refusal, status),
      );
    });
  }
}
