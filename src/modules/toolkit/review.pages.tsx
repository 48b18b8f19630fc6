import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError, isAppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import { requireActor } from '../accounts/index.js';
import { listResourceVersions } from './resource-versions.service.js';
import { VersionsPage } from './resource-versions.views.js';
import { getReviewQueue, reviewContribution } from './review.service.js';
import { ReviewQueuePage, type DecisionFormState, type DecisionFormValues } from './review.views.js';

const params = z.object({ id: z.string().min(1).max(100) });
const decided: Record<string, string> = {
  approve: 'toolkitReview.notice.approved',
  'request-changes': 'toolkitReview.notice.changesRequested',
  reject: 'toolkitReview.notice.rejected',
};

/** `/{lang}/toolkit/review` (the reviewers' queue and decisions) and the public versions page. */
export function registerReviewPages(app: FastifyInstance, deps: WebDeps): void {
  void app.register((scope, _options, done) => {
    scope.addHook('onSend', (_request, reply, payload, hookDone) => {
      reply.header('cache-control', 'no-store');
      hookDone(null, payload);
    });
    registerQueueRoutes(scope, deps);
    done();
  });

  app.get('/toolkit/resources/:id/versions', async (request, reply) => {
    const { resource, versions } = await listResourceVersions(deps, request.actor, paramsOf(request));
    const ctx = deps.pages.context(request, reply);
    return deps.pages.send(reply, <VersionsPage ctx={ctx} resource={resource} versions={versions} />);
  });
}

function paramsOf(request: FastifyRequest): string {
  const parsed = params.safeParse(request.params);
  if (!parsed.success) throw AppError.notFound();
  return parsed.data.id;
}

function readDecisionForm(body: unknown): DecisionFormValues {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const text = (name: string) => (typeof source[name] === 'string' ? source[name].slice(0, 6000) : '');
  return { decision: text('decision'), comment: text('comment'), evidence: text('evidence') };
}

function registerQueueRoutes(app: FastifyInstance, deps: WebDeps): void {
  const sendQueue = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: DecisionFormState | undefined,
    status = 200,
  ) => {
    const queue = await getReviewQueue(deps, requireActor(request));
    const done = (request.query as { done?: unknown } | undefined)?.done;
    const notice = status === 200 && typeof done === 'string' ? decided[done] : undefined;
    const ctx = deps.pages.context(request, reply);
    return deps.pages.send(
      reply,
      <ReviewQueuePage ctx={ctx} {...queue} form={form} notice={notice} />,
      status,
    );
  };

  app.get('/toolkit/review', (request, reply) => sendQueue(request, reply, undefined));

  app.post('/toolkit/review/:id', async (request, reply) => {
    const id = paramsOf(request);
    const values = readDecisionForm(request.body);
    try {
      await reviewContribution(deps, requireActor(request), {
        id,
        input: {
          decision: values.decision,
          comment: values.comment,
          ...(values.evidence ? { evidence: values.evidence } : {}),
        },
      });
      return reply.redirect(`/${requestLocale(request)}/toolkit/review?done=${values.decision}`, 303);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'validation-failed') throw error;
      const errors: Record<string, string> = {};
      for (const problem of error.fields) {
        const field = problem.field.split('.')[0] ?? '';
        if (['decision', 'comment', 'evidence'].includes(field))
          errors[field] = `toolkitReview.error.${field}`;
      }
      return sendQueue(request, reply, { resourceId: id, values, errors }, 400);
    }
  });
}
