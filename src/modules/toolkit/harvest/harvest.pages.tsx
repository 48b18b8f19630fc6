import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../../app-deps.js';
import { AppError } from '../../../platform/http/app-error.js';
import { requestLocale } from '../../../platform/http/pages.js';
import type { FormErrors } from '../../../platform/layout/form-fields.js';
import { requireActor } from '../../accounts/index.js';
import {
  emptySourceForm,
  readSourceForm,
  sourceFormErrors,
  sourceFormOf,
  toSourceInput,
  type SourceFormValues,
} from './harvest.form.js';
import {
  createHarvestSource,
  getHarvestSource,
  listHarvestSources,
  requestHarvest,
  updateHarvestSource,
} from './harvest.service.js';
import { SourcePage, SourcesPage } from './harvest.views.js';

const notices: Record<string, string> = {
  created: 'toolkit-harvest.notice.created',
  saved: 'toolkit-harvest.notice.saved',
  queued: 'toolkit-harvest.notice.queued',
  running: 'toolkit-harvest.notice.running',
};
const idParams = z.object({ id: z.string().min(1).max(100) });

/**
 * `/{lang}/toolkit/sources` and `/{lang}/toolkit/sources/:id`: coordinators manage harvest sources,
 * start a harvest and follow it. Plain forms with post/redirect/get: works without JavaScript.
 */
export function registerHarvestPages(app: FastifyInstance, deps: WebDeps): void {
  void app.register((scope, _options, done) => {
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
  const sourcePath = (request: FastifyRequest, id: string, query = '') =>
    `/${requestLocale(request)}/toolkit/sources/${id}${query}`;
  const idOf = (request: FastifyRequest) => {
    const parsed = idParams.safeParse(request.params);
    if (!parsed.success) throw AppError.notFound();
    return parsed.data.id;
  };

  const sendList = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: { values: SourceFormValues; errors: FormErrors; status: number },
  ) => {
    const ctx = pages.context(request, reply);
    const sources = await listHarvestSources(deps, requireActor(request));
    return pages.send(
      reply,
      <SourcesPage ctx={ctx} sources={sources} values={form.values} errors={form.errors} />,
      form.status,
    );
  };

  const sendSource = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form?: { values: SourceFormValues; errors: FormErrors; status: number },
  ) => {
    const ctx = pages.context(request, reply);
    const { source, runs } = await getHarvestSource(deps, requireActor(request), idOf(request));
    const done = (request.query as { done?: unknown } | undefined)?.done;
    const page = (
      <SourcePage
        ctx={ctx}
        source={source}
        runs={runs}
        values={form?.values ?? sourceFormOf(source)}
        errors={form?.errors ?? {}}
        notice={!form && typeof done === 'string' ? notices[done] : undefined}
      />
    );
    return pages.send(reply, page, form?.status ?? 200);
  };

  app.get('/toolkit/sources', (request, reply) =>
    sendList(request, reply, { values: emptySourceForm(), errors: {}, status: 200 }),
  );

  app.post('/toolkit/sources', async (request, reply) => {
    const actor = requireActor(request);
    const values = readSourceForm(request.body);
    try {
      const source = await createHarvestSource(deps, actor, toSourceInput(values));
      return await reply.redirect(sourcePath(request, source.id, '?done=created'), 303);
    } catch (error) {
      const errors = sourceFormErrors(error);
      if (!errors) throw error;
      return sendList(request, reply, { values, errors, status: 400 });
    }
  });

  app.get('/toolkit/sources/:id', (request, reply) => sendSource(request, reply));

  app.post('/toolkit/sources/:id', async (request, reply) => {
    const actor = requireActor(request);
    const id = idOf(request);
    const values = readSourceForm(request.body);
    try {
      await updateHarvestSource(deps, actor, id, toSourceInput(values));
      return await reply.redirect(sourcePath(request, id, '?done=saved'), 303);
    } catch (error) {
      const errors = sourceFormErrors(error);
      if (!errors) throw error;
      return sendSource(request, reply, { values, errors, status: 400 });
    }
  });

  app.post('/toolkit/sources/:id/harvest', async (request, reply) => {
    const id = idOf(request);
    try {
      await requestHarvest(deps, requireActor(request), id);
    } catch (error) {
      if (error instanceof AppError && error.code === 'conflict')
        return reply.redirect(sourcePath(request, id, '?done=running'), 303);
      throw error;
    }
    return reply.redirect(sourcePath(request, id, '?done=queued'), 303);
  });
}
