import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WebDeps } from '../../app-deps.js';
import { isAppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import {
  readCaseQuery,
  resolveStep,
  toCaseInput,
  type CaseAnswers,
  type CaseStep,
} from './case-helper.form.js';
import { adviseOnCrossBorderCase, caseHelperRateLimit } from './case-helper.service.js';
import { CaseHelperPage, type CaseHelperPageProps } from './case-helper.views.js';

/**
 * `/{lang}/case-helper`: the cross-border case helper, step by step. Every step is a GET form carrying
 * the earlier answers, so it works without JavaScript, "Back" keeps the answers, and an answer's URL can
 * be bookmarked or shared. The answer comes from the same service as `POST /api/v1/case-helper`.
 */
export function registerCaseHelperPages(app: FastifyInstance, deps: WebDeps): void {
  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    props: Omit<CaseHelperPageProps, 'ctx'>,
    status = 200,
  ) => {
    // A visitor's case: not kept by shared caches.
    reply.header('cache-control', 'no-store');
    return deps.pages.send(
      reply,
      <CaseHelperPage ctx={deps.pages.context(request, reply)} {...props} />,
      status,
    );
  };

  app.get('/case-helper', async (request, reply) => {
    const { step: asked, answers } = readCaseQuery(request.query);
    const { step, errors } = resolveStep(asked, answers);
    if (Object.keys(errors).length > 0) return send(request, reply, { step, answers, errors }, 400);
    if (step !== 'answer') return send(request, reply, { step, answers, errors });
    return answer(request, reply, answers);
  });

  const answer = async (request: FastifyRequest, reply: FastifyReply, answers: CaseAnswers) => {
    const lastStep: CaseStep = 'date';
    try {
      await deps.rateLimiter.hit(caseHelperRateLimit, request.ip);
      const advice = await adviseOnCrossBorderCase(deps, {
        input: toCaseInput(answers),
        locale: requestLocale(request),
      });
      return send(request, reply, { step: 'answer', answers, errors: {}, advice });
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === 'rate-limited') {
        reply.header('retry-after', String(error.details.retryAfterSeconds ?? 600));
        return send(
          request,
          reply,
          { step: lastStep, answers, errors: {}, problem: 'case-helper.error.rateLimited' },
          429,
        );
      }
      if (error.code === 'not-found') {
        return send(
          request,
          reply,
          { step: 'need', answers, errors: {}, problem: 'case-helper.error.noInstrument' },
          404,
        );
      }
      // resolveStep has checked the answers already: any other refusal is not the visitor's doing.
      throw error;
    }
  };
}
