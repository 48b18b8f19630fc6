import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import { requireActor } from '../accounts/index.js';
import {
  readRecognitionForm,
  recognitionFormErrors,
  toRecognitionInput,
  type RecognitionFormValues,
} from './recognition.form.js';
import { getRecognitionDesk, recordRecognition, withdrawRecognition } from './recognition.service.js';
import { RecognitionDeskPage } from './recognition.views.js';

const notices: Record<string, string> = {
  recorded: 'recognition.notice.recorded',
  withdrawn: 'recognition.notice.withdrawn',
};
const withdrawParams = z.object({ id: z.string().min(1).max(100) });

/**
 * `/{lang}/manage/recognitions`: partner admins of academic bodies record recognitions of courses'
 * credits and withdraw them. Plain forms with post/redirect/get: works without JavaScript.
 */
export function registerRecognitionPages(app: FastifyInstance, deps: WebDeps): void {
  void app.register((scope, _options, done) => {
    // Forms of one person: never kept by browsers or proxies.
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
  const deskPath = (request: FastifyRequest, query: string) =>
    `/${requestLocale(request)}/manage/recognitions${query}`;

  const sendDesk = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: { values: RecognitionFormValues; errors: FormErrors; status: number },
  ) => {
    const ctx = pages.context(request, reply);
    const desk = await getRecognitionDesk(deps, requireActor(request), { language: ctx.locale });
    const done = (request.query as { done?: unknown } | undefined)?.done;
    const notice = form.status === 200 && typeof done === 'string' ? notices[done] : undefined;
    const page = (
      <RecognitionDeskPage
        ctx={ctx}
        desk={desk}
        values={form.values}
        errors={form.errors}
        notice={notice}
        now={new Date()}
      />
    );
    return pages.send(reply, page, form.status);
  };

  app.get('/manage/recognitions', (request, reply) =>
    sendDesk(request, reply, { values: readRecognitionForm({}), errors: {}, status: 200 }),
  );

  app.post('/manage/recognitions', async (request, reply) => {
    const actor = requireActor(request);
    const values = readRecognitionForm(request.body);
    const mapped = toRecognitionInput(values);
    if (!mapped.ok) return sendDesk(request, reply, { values, errors: mapped.errors, status: 400 });
    try {
      await recordRecognition(deps, actor, { courseIdOrSlug: mapped.courseIdOrSlug, input: mapped.input });
    } catch (error) {
      const problem = recognitionFormErrors(error, values);
      if (!problem) throw error;
      return sendDesk(request, reply, { values, ...problem });
    }
    return reply.redirect(deskPath(request, '?done=recorded'), 303);
  });

  app.post('/manage/recognitions/:id/withdraw', async (request, reply) => {
    const parsed = withdrawParams.safeParse(request.params);
    if (!parsed.success) throw AppError.notFound();
    await withdrawRecognition(deps, requireActor(request), { id: parsed.data.id });
    return reply.redirect(deskPath(request, '?done=withdrawn'), 303);
  });
}
