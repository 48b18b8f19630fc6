import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { WebDeps } from '../../app-deps.js';
import { AppError, isAppError } from '../../platform/http/app-error.js';
import { requestLocale } from '../../platform/http/pages.js';
import type { FormErrors } from '../../platform/layout/form-fields.js';
import { requireActor } from '../accounts/index.js';
import { acceptAttachmentUploads, uploadedFile } from './attachment.upload.js';
import { removeAttachment } from './attachment-edit.service.js';
import { addAttachment } from './attachment.service.js';
import {
  contributionFormErrors,
  formValuesOf,
  readContributionForm,
  toContributionInput,
  type ContributionFormValues,
} from './contribution.form.js';
import { isContributorOf } from './contribution.policy.js';
import {
  createContribution,
  getContribution,
  getContributionChoices,
  listOwnContributions,
  submitContribution,
  updateContribution,
} from './contribution.service.js';
import { ContributePage, EditPage } from './contribution.views.js';

const params = z.object({ id: z.string().min(1).max(100) });
const fileParams = params.extend({ attachmentId: z.string().min(1).max(100) });
const notices: Record<string, string> = {
  created: 'toolkitReview.notice.created',
  saved: 'toolkitReview.notice.saved',
  submitted: 'toolkitReview.notice.submitted',
  attached: 'toolkitReview.notice.attached',
  removed: 'toolkitReview.notice.removed',
};

/**
 * `/{lang}/toolkit/contribute` and `/{lang}/toolkit/resources/:id/edit`: partner members write,
 * change, document and submit resources. Plain forms with post/redirect/get: no JavaScript needed.
 */
export function registerContributionPages(app: FastifyInstance, deps: WebDeps): void {
  void app.register(async (scope) => {
    // One person's drafts: never kept by browsers or proxies.
    scope.addHook('onSend', async (_request, reply, payload) => {
      reply.header('cache-control', 'no-store');
      return payload;
    });
    registerRoutes(scope, deps);
    await scope.register(async (uploads) => {
      await acceptAttachmentUploads(uploads, deps.config.dataDir);
      registerUploadRoute(uploads, deps);
    });
  });
}

const editPath = (request: FastifyRequest, id: string, done?: string) =>
  `/${requestLocale(request)}/toolkit/resources/${id}/edit${done ? `?done=${done}` : ''}`;

function paramsOf(request: FastifyRequest): string {
  const parsed = params.safeParse(request.params);
  if (!parsed.success) throw AppError.notFound();
  return parsed.data.id;
}

function noticeOf(request: FastifyRequest): string | undefined {
  const done = (request.query as { done?: unknown } | undefined)?.done;
  return typeof done === 'string' ? notices[done] : undefined;
}

async function sendEditPage(
  deps: WebDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  form: {
    id: string;
    values?: ContributionFormValues;
    errors?: FormErrors;
    fileError?: { key: string; fileName: string };
    status?: number;
  },
) {
  const actor = requireActor(request);
  const contribution = await getContribution(deps, actor, form.id);
  const isContributor = isContributorOf(actor, contribution.resource);
  const choices = isContributor ? await getContributionChoices(deps, actor) : undefined;
  const status = form.status ?? 200;
  const page = (
    <EditPage
      ctx={deps.pages.context(request, reply)}
      contribution={contribution}
      isContributor={isContributor}
      values={form.values ?? formValuesOf(contribution.content, contribution.resource.organisationId)}
      errors={form.errors ?? {}}
      fileError={form.fileError}
      choices={choices}
      notice={status === 200 ? noticeOf(request) : undefined}
    />
  );
  return deps.pages.send(reply, page, status);
}

function registerRoutes(app: FastifyInstance, deps: WebDeps): void {
  const sendContributePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: { values: ContributionFormValues; errors: FormErrors; status: number },
  ) => {
    const actor = requireActor(request);
    const choices = await getContributionChoices(deps, actor);
    const own = await listOwnContributions(deps, actor);
    const ctx = deps.pages.context(request, reply);
    return deps.pages.send(
      reply,
      <ContributePage ctx={ctx} values={form.values} errors={form.errors} choices={choices} own={own} />,
      form.status,
    );
  };

  app.get('/toolkit/contribute', (request, reply) =>
    sendContributePage(request, reply, { values: readContributionForm({}), errors: {}, status: 200 }),
  );

  app.post('/toolkit/contribute', async (request, reply) => {
    const actor = requireActor(request);
    const values = readContributionForm(request.body);
    try {
      const contribution = await createContribution(deps, actor, toContributionInput(values));
      return reply.redirect(editPath(request, contribution.resource.id, 'created'), 303);
    } catch (error) {
      const problem = contributionFormErrors(error);
      if (!problem) throw error;
      return sendContributePage(request, reply, { values, ...problem });
    }
  });

  app.get('/toolkit/resources/:id/edit', (request, reply) =>
    sendEditPage(deps, request, reply, { id: paramsOf(request) }),
  );

  app.post('/toolkit/resources/:id/edit', async (request, reply) => {
    const id = paramsOf(request);
    const actor = requireActor(request);
    const values = readContributionForm(request.body);
    const { organisationId: _organisationId, ...patch } = toContributionInput(values);
    try {
      await updateContribution(deps, actor, { id, patch });
      return reply.redirect(editPath(request, id, 'saved'), 303);
    } catch (error) {
      const problem = contributionFormErrors(error);
      if (!problem || problem.status === 403) throw error;
      return sendEditPage(deps, request, reply, { id, values, ...problem });
    }
  });

  app.post('/toolkit/resources/:id/attachments/:attachmentId/remove', async (request, reply) => {
    const parsed = fileParams.safeParse(request.params);
    if (!parsed.success) throw AppError.notFound();
    const { id, attachmentId } = parsed.data;
    await removeAttachment(deps, requireActor(request), { resourceId: id, attachmentId });
    return reply.redirect(editPath(request, id, 'removed'), 303);
  });

  app.post('/toolkit/resources/:id/submit', async (request, reply) => {
    const id = paramsOf(request);
    await submitContribution(deps, requireActor(request), id);
    return reply.redirect(editPath(request, id, 'submitted'), 303);
  });
}

function registerUploadRoute(app: FastifyInstance, deps: WebDeps): void {
  app.post('/toolkit/resources/:id/attachments', async (request, reply) => {
    const id = paramsOf(request);
    const actor = requireActor(request);
    const file = uploadedFile(request);
    if (!file || file.byteSize === 0) {
      return sendEditPage(deps, request, reply, {
        id,
        fileError: { key: 'toolkitReview.error.fileMissing', fileName: file?.fileName ?? '' },
        status: 400,
      });
    }
    try {
      await addAttachment(deps, actor, { resourceId: id, file });
      return reply.redirect(editPath(request, id, 'attached'), 303);
    } catch (error) {
      if (!isAppError(error) || !['payload-too-large', 'unsupported-media-type'].includes(error.code))
        throw error;
      const key =
        error.code === 'payload-too-large'
          ? 'toolkitReview.error.fileTooLarge'
          : 'toolkitReview.error.fileType';
      const fileError = { key, fileName: file.fileName };
      return sendEditPage(deps, request, reply, { id, fileError, status: error.status });
    }
  });
}
